/**
 * What SQLite's native renames do to table definitions, as far as Athanor
 * must follow them without reading the tables back: the renamed table or
 * column in its own table's definition, indexes and CHECK and generated
 * expressions (`renamedTable`, `renamedColumn`), and the foreign keys of
 * every table. `ALTER TABLE p RENAME TO q` rewrites `REFERENCES p` to
 * `REFERENCES q` in every table, and `ALTER TABLE p RENAME COLUMN a TO b`
 * rewrites `a` in the column lists of `REFERENCES p (...)`; a table rebuilt
 * later in the same script (or a rebuild held open across the rename, see
 * hoisted-rename.ts) must write those names, not the ones it was created with.
 */
import { type DdlToken, identifierName, isName, isWord, matchingParen, significant, tokenizeDdl } from "./ddl-tokens.js";
import { quoteIdentifier } from "./quote.js";
import { sameName, type TableSql } from "./table-sql.js";
import { retargetObjectSql, type TableState } from "./table-state.js";

/** `text` with the tokens in `replace` swapped for their new text. */
function rewritten(text: string, replace: ReadonlyMap<DdlToken, string>): string {
  if (replace.size === 0) return text;
  let out = "";
  let last = 0;
  for (const [token, next] of [...replace].sort(([a], [b]) => a.start - b.start)) {
    out += text.slice(last, token.start) + next;
    last = token.end;
  }
  return out + text.slice(last);
}

/** In a foreign key's text: the referenced table's name token and the tokens of its column list. */
function referenceParts(text: string): { table: DdlToken; columns: DdlToken[] } | null {
  const tokens = significant(tokenizeDdl(text));
  const at = tokens.findIndex((t) => isWord(t, "REFERENCES"));
  const table = tokens[at + 1];
  if (at < 0 || !isName(table)) return null;
  const open = at + 2;
  if (tokens[open]?.text !== "(") return { table, columns: [] };
  const close = matchingParen(tokens, open);
  return { table, columns: tokens.slice(open + 1, close < 0 ? undefined : close).filter(isName) };
}

type ReferenceEdit = (text: string) => string;

function withReferencesEdited(table: TableSql, edit: ReferenceEdit): TableSql {
  return {
    ...table,
    columns: table.columns.map((c) => {
      const constraints = c.constraints.map((k) => (k.kind === "references" ? { ...k, text: edit(k.text) } : k));
      if (constraints.every((k, i) => k.text === c.constraints[i]?.text)) return c;
      // the column is written from its parts now, not as it was written
      const { text: _asWritten, ...column } = c;
      return { ...column, constraints };
    }),
    constraints: table.constraints.map((k) => {
      if (k.kind !== "foreignKey") return k;
      const text = edit(k.text);
      if (text === k.text) return k;
      const refTable = referenceParts(text)?.table;
      return { ...k, text, ...(refTable ? { refTable: identifierName(refTable) } : {}) };
    }),
  };
}

/** `state` as it is after `ALTER TABLE from RENAME TO to` (its foreign keys to `from` name `to`). */
export function afterTableRename(state: TableState, from: string, to: string): TableState {
  const edit: ReferenceEdit = (text) => {
    const parts = referenceParts(text);
    return parts && sameName(identifierName(parts.table), from) ? rewritten(text, new Map([[parts.table, quoteIdentifier(to)]])) : text;
  };
  return { ...state, table: withReferencesEdited(state.table, edit) };
}

/** `state` as it is after `ALTER TABLE table RENAME COLUMN from TO to` (its foreign keys to `table (from)` name `to`). */
export function afterColumnRename(state: TableState, table: string, from: string, to: string): TableState {
  const edit: ReferenceEdit = (text) => {
    const parts = referenceParts(text);
    if (!parts || !sameName(identifierName(parts.table), table)) return text;
    const renamed = parts.columns.filter((c) => sameName(identifierName(c), from));
    return rewritten(text, new Map(renamed.map((c) => [c, quoteIdentifier(to)])));
  };
  return { ...state, table: withReferencesEdited(state.table, edit) };
}

/** Renames identifier tokens equal to `from` in SQL text (the offline record's view of what RENAME COLUMN does). */
export function renameIdentifierIn(sql: string, from: string, to: string): string {
  let out = "";
  let last = 0;
  for (const t of tokenizeDdl(sql)) {
    if ((t.kind === "word" || t.kind === "quoted") && sameName(identifierName(t), from)) {
      out += sql.slice(last, t.start) + quoteIdentifier(to);
      last = t.end;
    }
  }
  return out + sql.slice(last);
}

/** `state` of the table whose column `from` is renamed `to`: the column, and the CHECK, generated, key and index texts that name it (not other tables' references, see afterColumnRename). */
export function renamedColumn(state: TableState, from: string, to: string): TableState {
  const table: TableSql = {
    ...state.table,
    columns: state.table.columns.map((c) => {
      const constraints = c.constraints.map((k) => (k.kind === "check" || k.kind === "generated" ? { ...k, text: renameIdentifierIn(k.text, from, to) } : k));
      return sameName(c.name, from) ? { name: to, type: c.type, constraints } : { ...c, constraints, text: undefined };
    }),
    constraints: state.table.constraints.map((k) => {
      if (k.kind === "foreignKey") {
        // only the local columns, before REFERENCES
        const at = k.text.search(/\bREFERENCES\b/i);
        return { ...k, columns: k.columns.map((c) => (sameName(c, from) ? to : c)), text: renameIdentifierIn(k.text.slice(0, at), from, to) + k.text.slice(at) };
      }
      return { ...k, columns: k.columns.map((c) => (sameName(c, from) ? to : c)), text: renameIdentifierIn(k.text, from, to) };
    }),
  };
  const objects = state.objects.map((o) => {
    const on = o.sql.search(/\(/);
    return on < 0 ? o : { ...o, sql: o.sql.slice(0, on) + renameIdentifierIn(o.sql.slice(on), from, to) };
  });
  return { table, objects };
}

/** `state` of the table renamed `to`: its name, and the `ON` of its indexes and triggers (not the foreign keys that name it, see afterTableRename). */
export function renamedTable(state: TableState, to: string): TableState {
  return { table: { ...state.table, name: to }, objects: state.objects.map((o) => ({ ...o, sql: retargetObjectSql(o.sql, to) })) };
}
