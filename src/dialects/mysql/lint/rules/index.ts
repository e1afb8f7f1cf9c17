/** MySQL's and MariaDB's own lint rules (see docs/lint.md). */
import type { LintRule } from "../../../../lint/types.js";
import { alterCopiesTable } from "./alter-copies-table.js";
import { indexBlocksWrites } from "./index-blocks-writes.js";
import { typeChangeCopiesTable } from "./type-change-copies-table.js";

export const MYSQL_RULES: readonly LintRule[] = [typeChangeCopiesTable, alterCopiesTable, indexBlocksWrites];
