/**
 * What a rebuild must know about a table: its `CREATE TABLE` in parts, and
 * the indexes and triggers that belong to it (dropped with it, so written
 * again after). Online it is read from `sqlite_master`; offline it is the
 * record kept from the script's earlier operations.
 */
import type { SchemaReader } from "../dialect.js";
import { identifierName, isName, isWord, significant, tokenizeDdl } from "./ddl-tokens.js";
import { quoteIdentifier } from "./quote.js";
import { parseCreateTable, type TableSql } from "./table-sql.js";

export interface TableObjectSql {
  readonly type: "index" | "trigger";
  readonly name: string;
  readonly sql: string;
}

export interface TableState {
  readonly table: TableSql;
  /** Indexes (not the automatic ones of UNIQUE/PRIMARY KEY) and triggers on the table, in creation order. */
  readonly objects: readonly TableObjectSql[];
}

/** The table's state from the live database, or null when there is no such table. */
export async function readTableState(reader: SchemaReader, name: string): Promise<TableState | null> {
  const rows = await reader.query<{ type: string; name: string; sql: string | null }>(
    "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? COLLATE NOCASE AND sql IS NOT NULL ORDER BY rowid",
    [name],
  );
  const tableRow = rows.find((r) => r.type === "table");
  if (!tableRow?.sql) return null;
  const objects: TableObjectSql[] = [];
  for (const r of rows)
    if ((r.type === "index" || r.type === "trigger") && r.sql) objects.push({ type: r.type, name: r.name, sql: r.sql });
  return { table: parseCreateTable(tableRow.sql), objects };
}

/** In `CREATE INDEX ... ON t` / `CREATE TRIGGER ... ON t`: the table's name token replaced. */
export function retargetObjectSql(sql: string, to: string): string {
  const all = tokenizeDdl(sql);
  const sig = significant(all);
  const on = sig.findIndex((t) => isWord(t, "ON"));
  const target = sig[on + 1];
  if (on < 0 || !isName(target)) return sql;
  return sql.slice(0, target.start) + quoteIdentifier(to) + sql.slice(target.end);
}

/** The table an index or trigger statement is on (the name after ON), and the object's name. */
export function objectOf(sql: string): { type: "index" | "trigger" | "table" | "view"; name: string; table: string | null } | null {
  const sig = significant(tokenizeDdl(sql));
  if (!isWord(sig[0], "CREATE")) return null;
  let i = 1;
  if (isWord(sig[i], "UNIQUE", "TEMP", "TEMPORARY")) i++;
  const kind = sig[i]?.text.toLowerCase();
  if (kind !== "index" && kind !== "trigger" && kind !== "table" && kind !== "view") return null;
  i++;
  if (isWord(sig[i], "IF") && isWord(sig[i + 1], "NOT")) i += 3;
  let nameToken = sig[i];
  if (sig[i + 1]?.text === ".") nameToken = sig[(i += 2)];
  if (!isName(nameToken)) return null;
  const name = identifierName(nameToken);
  if (kind === "table" || kind === "view") return { type: kind, name, table: kind === "table" ? name : null };
  const on = sig.findIndex((t, j) => j > i && isWord(t, "ON"));
  const target = sig[on + 1];
  return { type: kind, name, table: on > 0 && isName(target) ? identifierName(target) : null };
}
