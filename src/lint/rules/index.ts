/** The rules every dialect has (each says where it applies); a dialect adds its own (Dialect.lint). */
import type { LintRule } from "../types.js";
import { banDrop } from "./ban-drop.js";
import { banRename } from "./ban-rename.js";
import { enumChangeCopiesTable } from "./enum-change-copies-table.js";
import { needsNoTransaction } from "./needs-no-transaction.js";
import { notNullWithoutDefault } from "./not-null-without-default.js";
import { oneDdlPerRevision } from "./one-ddl-per-revision.js";
import { requireConcurrentIndex } from "./require-concurrent-index.js";
import { tableRebuild } from "./table-rebuild.js";
import { transactionControl } from "./transaction-control.js";

export const COMMON_RULES: readonly LintRule[] = [
  requireConcurrentIndex,
  needsNoTransaction,
  notNullWithoutDefault,
  banRename,
  banDrop,
  transactionControl,
  oneDdlPerRevision,
  enumChangeCopiesTable,
  tableRebuild,
];
