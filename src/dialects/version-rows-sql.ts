/**
 * The version table's row statements for dialects whose placeholders are
 * `?` (MySQL, SQLite): the same SQL, with the table named by the dialect.
 */
import type { VersionTableRef, VersionTableSql } from "./dialect.js";

type VersionRows = Pick<VersionTableSql, "selectHeads" | "insertHead" | "updateHead" | "deleteHead" | "deleteAllHeads">;

/** `table(ref)`: the version table's name, quoted and qualified by the dialect. */
export function questionMarkVersionRows(table: (ref: VersionTableRef) => string): VersionRows {
  return {
    selectHeads: (ref) => ({ sql: `SELECT version_num FROM ${table(ref)} ORDER BY version_num` }),
    insertHead: (ref, rev) => ({ sql: `INSERT INTO ${table(ref)} (version_num) VALUES (?)`, params: [rev] }),
    updateHead: (ref, from, to) => ({ sql: `UPDATE ${table(ref)} SET version_num = ? WHERE version_num = ?`, params: [to, from] }),
    deleteHead: (ref, rev) => ({ sql: `DELETE FROM ${table(ref)} WHERE version_num = ?`, params: [rev] }),
    deleteAllHeads: (ref) => ({ sql: `DELETE FROM ${table(ref)}` }),
  };
}
