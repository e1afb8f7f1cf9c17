/**
 * Which column of a table is `INTEGER PRIMARY KEY AUTOINCREMENT`, read from
 * its `CREATE TABLE` text (SQLite has no PRAGMA that says so). SQLite takes
 * the keyword on the column's `PRIMARY KEY` and in a one-column table
 * constraint, `PRIMARY KEY (id AUTOINCREMENT)`; read as tokens, so a name or
 * a string that spells AUTOINCREMENT is not taken for it.
 */
import { isWord, significant, tokenizeDdl } from "./ddl-tokens.js";
import type { TableSql } from "./table-sql.js";

function saysAutoincrement(text: string): boolean {
  return significant(tokenizeDdl(text)).some((t) => isWord(t, "AUTOINCREMENT"));
}

/** The name of the table's AUTOINCREMENT column, or null when it has none. */
export function autoincrementColumn(table: TableSql): string | null {
  const onColumn = table.columns.find((c) => c.constraints.some((k) => k.kind === "primaryKey" && saysAutoincrement(k.text)));
  if (onColumn) return onColumn.name;
  const key = table.constraints.find((k) => k.kind === "primaryKey" && k.columns.length === 1 && saysAutoincrement(k.text));
  return key ? (key.columns[0] as string) : null;
}
