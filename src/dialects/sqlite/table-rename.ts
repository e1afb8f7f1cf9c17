/**
 * `ALTER TABLE from RENAME TO to`. A rename that changes only the case of
 * the name's letters (`orders` to `Orders`) is two renames through a
 * temporary name: SQLite refuses the one ("there is already another table or
 * index with this name"), since to SQLite both are one name. Each rename
 * rewrites the references to the table in other tables, views and triggers,
 * so they end up naming the new spelling.
 */
import { foldName } from "../../util/fold-name.js";
import type { SqlStatement } from "../dialect.js";
import { quoteIdentifier } from "./quote.js";

/** Does renaming `from` to `to` change only the case of its letters? */
export function renamesCaseOnly(from: string, to: string): boolean {
  return from !== to && foldName(from) === foldName(to);
}

export function renameTableStatements(from: string, to: string): SqlStatement[] {
  const rename = (a: string, b: string): SqlStatement => ({ sql: `ALTER TABLE ${quoteIdentifier(a)} RENAME TO ${quoteIdentifier(b)}` });
  if (!renamesCaseOnly(from, to)) return [rename(from, to)];
  const temp = `_athanor_rename_${to}`;
  return [rename(from, temp), rename(temp, to)];
}
