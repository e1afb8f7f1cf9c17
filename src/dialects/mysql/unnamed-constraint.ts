/**
 * Names for foreign keys and CHECKs written without one. The server names
 * them after the table (`<table>_ibfk_1`; MySQL 8 also `<table>_chk_1`),
 * and refuses the statement when that name passes 64 characters ("Identifier
 * name ... is too long"): a table whose name is longer than 56 characters
 * leaves no room for it. On such a table Athanor names the constraint
 * itself, the way autogenerate names one, cut to 64 characters by `fitName`:
 * `<table>_<columns>_<referenced table>_<referenced columns>_fk` and
 * `<table>_<expression>_check`. On any other table the server's own name
 * is kept (no name is written).
 */
import { fitName } from "./names.js";

/** Room the server's generated name needs after the table's name: `_ibfk_` and two digits. */
const SERVER_SUFFIX = "_ibfk_99".length;

/** The table's name leaves the server no room for a name of its own. */
function serverNameTooLong(table: string): boolean {
  return [...table].length + SERVER_SUFFIX > 64;
}

/** The name to write for a foreign key: its own, else Athanor's on a long-named table, else none (the server's). */
export function foreignKeyNameFor(
  table: string,
  fk: { readonly name?: string | undefined; readonly columns: readonly string[]; readonly refTable: string; readonly refColumns: readonly string[] },
): string | undefined {
  if (fk.name !== undefined || !serverNameTooLong(table)) return fk.name;
  return fitName(`${table}_${fk.columns.join("_")}_${fk.refTable}_${fk.refColumns.join("_")}_fk`);
}

/** The name to write for a CHECK: its own, else Athanor's on a long-named table, else none (the server's). */
export function checkNameFor(table: string, name: string | undefined, expression: string): string | undefined {
  if (name !== undefined || !serverNameTooLong(table)) return name;
  return fitName(`${table}_${expression.trim()}_check`);
}
