/**
 * What SQLite's native renames do to the foreign keys of every table, for
 * the offline record (online the session reads the definitions back).
 * `ALTER TABLE p RENAME TO q` rewrites `REFERENCES p` to `REFERENCES q` in
 * every table, and `ALTER TABLE p RENAME COLUMN a TO b` rewrites `a` in the
 * column lists of `REFERENCES p (...)`; a table rebuilt later in the same
 * script must write those names, not the ones it was created with.
 */
import { type DdlToken, identifierName, isName, isWord, matchingParen, significant, tokenizeDdl } from "./ddl-tokens.js";
import { quoteIdentifier } from "./quote.js";
import { sameName, type TableSql } from "./table-sql.js";
import type { TableState } from "./table-state.js";

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
