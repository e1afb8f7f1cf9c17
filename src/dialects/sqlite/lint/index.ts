/**
 * What SQLite offers `athanor lint`: no rules of its own (table-rebuild is a
 * common rule, for every database that can't alter constraints in place),
 * and a reader of `op.execute` SQL built on its own tokenizer.
 */
import type { DialectLint } from "../../../lint/types.js";
import { sqliteSqlReader } from "./sql-reader.js";

export const sqliteLint: DialectLint = {
  rules: [],
  sqlReader: async () => sqliteSqlReader,
};
