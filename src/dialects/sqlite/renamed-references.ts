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

/**
 * Words that mean SQL, not a column, where an expression or a column list
 * stands: a bare word among them is never taken for a column named so (such a
 * column is written quoted there). A function's name (a word before `(`), a
 * collation (after COLLATE) and a table qualifier (before `.`) are not columns
 * either.
 */
const SQL_WORDS = new Set(
  (
    "AND OR NOT IS NULL NOTNULL ISNULL IN LIKE GLOB MATCH REGEXP BETWEEN CASE WHEN THEN ELSE END CAST AS COLLATE ESCAPE " +
    "EXISTS SELECT FROM WHERE DISTINCT ASC DESC CURRENT_TIME CURRENT_DATE CURRENT_TIMESTAMP"
  ).split(" "),
);

/**
 * `text` with the references to column `from` renamed `to`, as SQLite's
 * RENAME COLUMN rewrites them: the names inside parentheses (a CHECK's or a
 * generated column's expression, a key's column list, an index's terms) and,
 * with `topLevel`, outside them too (an index's WHERE). Keywords, function
 * names, collations, qualifiers and what stands outside the parentheses (a
 * constraint's name, GENERATED ALWAYS, PRIMARY KEY) are left as they are, even
 * when spelt like the column.
 */
export function renameColumnIn(text: string, from: string, to: string, topLevel = false): string {
  const sig = significant(tokenizeDdl(text));
  const replace = new Map<DdlToken, string>();
  let depth = 0;
  for (let i = 0; i < sig.length; i++) {
    const t = sig[i] as DdlToken;
    if (t.kind === "punct" && t.text === "(") depth++;
    else if (t.kind === "punct" && t.text === ")") depth--;
    if (!isName(t) || (depth === 0 && !topLevel) || !sameName(identifierName(t), from)) continue;
    const next = sig[i + 1]?.text;
    if (next === "(" || next === ".") continue;
    if (t.kind === "word" && (SQL_WORDS.has(t.text.toUpperCase()) || isWord(sig[i - 1], "COLLATE"))) continue;
    replace.set(t, quoteIdentifier(to));
  }
  return rewritten(text, replace);
}

/** `text` with the qualifier `from.` (the table's own name before a column) renamed `to`, as SQLite's RENAME TABLE rewrites it. */
function renameQualifierIn(text: string, from: string, to: string): string {
  const sig = significant(tokenizeDdl(text));
  const replace = new Map<DdlToken, string>();
  for (let i = 0; i < sig.length; i++) {
    const t = sig[i] as DdlToken;
    if (isName(t) && sig[i + 1]?.text === "." && sameName(identifierName(t), from)) replace.set(t, quoteIdentifier(to));
  }
  return rewritten(text, replace);
}

/** In a foreign key's text, where its own column list ends: the REFERENCES word (the text's length when there is none). */
function referencesAt(text: string): number {
  const at = significant(tokenizeDdl(text)).find((t) => isWord(t, "REFERENCES"));
  return at ? at.start : text.length;
}

/** In an index's or trigger's SQL, where its terms begin: the first `(` (null when there is none). */
function termsAt(sql: string): number | null {
  return significant(tokenizeDdl(sql)).find((t) => t.kind === "punct" && t.text === "(")?.start ?? null;
}

/** `state` of the table whose column `from` is renamed `to`: the column, and the CHECK, generated, key and index texts that name it (not other tables' references, see afterColumnRename). */
export function renamedColumn(state: TableState, from: string, to: string): TableState {
  const table: TableSql = {
    ...state.table,
    columns: state.table.columns.map((c) => {
      const constraints = c.constraints.map((k) => (k.kind === "check" || k.kind === "generated" ? { ...k, text: renameColumnIn(k.text, from, to) } : k));
      return sameName(c.name, from) ? { name: to, type: c.type, constraints } : { ...c, constraints, text: undefined };
    }),
    constraints: state.table.constraints.map((k) => {
      const columns = k.columns.map((c) => (sameName(c, from) ? to : c));
      if (k.kind !== "foreignKey") return { ...k, columns, text: renameColumnIn(k.text, from, to) };
      // only the local columns, before REFERENCES
      const at = referencesAt(k.text);
      return { ...k, columns, text: renameColumnIn(k.text.slice(0, at), from, to) + k.text.slice(at) };
    }),
  };
  const objects = state.objects.map((o) => {
    const at = o.type === "index" ? termsAt(o.sql) : null;
    return at === null ? o : { ...o, sql: o.sql.slice(0, at) + renameColumnIn(o.sql.slice(at), from, to, true) };
  });
  return { table, objects };
}

/**
 * `state` of the table renamed `to`: its name, the `ON` of its indexes and
 * triggers, and the table's own name where it qualifies a column
 * (`"items"."qty"` in a CHECK, as drizzle writes it); not the foreign keys
 * that name it (see afterTableRename).
 */
export function renamedTable(state: TableState, to: string): TableState {
  const from = state.table.name;
  const qualified = (text: string) => renameQualifierIn(text, from, to);
  const columns = state.table.columns.map((c) => {
    const constraints = c.constraints.map((k) => (k.kind === "check" || k.kind === "generated" ? { ...k, text: qualified(k.text) } : k));
    if (constraints.every((k, i) => k.text === c.constraints[i]?.text)) return c;
    const { text: _asWritten, ...column } = c;
    return { ...column, constraints };
  });
  const constraints = state.table.constraints.map((k) => (k.kind === "check" ? { ...k, text: qualified(k.text) } : k));
  return {
    table: { ...state.table, name: to, columns, constraints },
    objects: state.objects.map((o) => ({ ...o, sql: qualified(retargetObjectSql(o.sql, to)) })),
  };
}
