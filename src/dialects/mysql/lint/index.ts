/**
 * What MySQL and MariaDB offer `athanor lint`: their own rules (a type change
 * that copies the table, an index InnoDB can't build online) and a reader of
 * `op.execute` SQL built on the server's lexical rules.
 */
import type { DialectLint } from "../../../lint/types.js";
import { MYSQL_RULES } from "./rules/index.js";
import { mysqlSqlReader } from "./sql-reader.js";

export const mysqlLint: DialectLint = {
  rules: MYSQL_RULES,
  sqlReader: async () => mysqlSqlReader,
};
