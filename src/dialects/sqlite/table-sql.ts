/**
 * A `CREATE TABLE` statement read into its parts: columns (name, declared
 * type, constraints) and table constraints, each keeping its text exactly as
 * written. A table rebuild edits these parts and writes the statement again:
 * what it does not change (unnamed CHECKs, collations, generated columns,
 * AUTOINCREMENT, WITHOUT ROWID, conflict clauses) is carried over verbatim.
 */
import { AthanorError } from "../../errors.js";
import { type DdlToken, identifierName, isName, isWord, matchingParen, significant, tokenizeDdl } from "./ddl-tokens.js";
import { foldName } from "../../util/fold-name.js";
import { quoteIdentifier } from "./quote.js";

export type ColumnConstraintKind = "primaryKey" | "notNull" | "null" | "unique" | "check" | "default" | "collate" | "references" | "generated";

export interface ColumnConstraintSql {
  readonly name: string | null;
  readonly kind: ColumnConstraintKind;
  /** As written, `CONSTRAINT name` included. */
  readonly text: string;
}

export interface ColumnSql {
  readonly name: string;
  /** The name as written (quoted or not), when read from SQL and not renamed. */
  readonly nameText?: string;
  /** The declared type as written (`VARCHAR(255)`), or "" when none. */
  readonly type: string;
  readonly constraints: readonly ColumnConstraintSql[];
  /** The definition as written; absent once edited. */
  readonly text?: string;
}

export type TableConstraintKind = "primaryKey" | "unique" | "check" | "foreignKey";

export interface TableConstraintSql {
  readonly name: string | null;
  readonly kind: TableConstraintKind;
  /** Key columns (primary key, unique, foreign key); empty for a CHECK. */
  readonly columns: readonly string[];
  /** The referenced table (foreign key). */
  readonly refTable?: string;
  readonly text: string;
}

export interface TableSql {
  readonly name: string;
  readonly columns: readonly ColumnSql[];
  readonly constraints: readonly TableConstraintSql[];
  /** What follows the closing parenthesis, e.g. `WITHOUT ROWID`, `STRICT` ("" when nothing). */
  readonly options: string;
}

const COLUMN_CONSTRAINT_START = new Set(["CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS"]);
const TABLE_CONSTRAINT_START = new Set(["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"]);

function parseError(table: string, message: string): AthanorError {
  return new AthanorError("DIALECT.UNSUPPORTED", `can't read the definition of table ${table} for a rebuild: ${message}`);
}

/** Reads a `CREATE TABLE` statement. */
export function parseCreateTable(sql: string): TableSql {
  const tokens = significant(tokenizeDdl(sql));
  let i = 0;
  const label = sql.slice(0, 60);
  if (!isWord(tokens[i], "CREATE")) throw parseError(label, "not a CREATE TABLE statement");
  i++;
  if (isWord(tokens[i], "TEMP", "TEMPORARY")) i++;
  if (!isWord(tokens[i], "TABLE")) throw parseError(label, "not a CREATE TABLE statement");
  i++;
  if (isWord(tokens[i], "IF") && isWord(tokens[i + 1], "NOT") && isWord(tokens[i + 2], "EXISTS")) i += 3;
  let nameToken = tokens[i];
  if (!isName(nameToken)) throw parseError(label, "no table name");
  if (tokens[i + 1]?.text === ".") {
    i += 2;
    nameToken = tokens[i];
    if (!isName(nameToken)) throw parseError(label, "no table name");
  }
  const name = identifierName(nameToken);
  i++;
  const open = tokens[i];
  if (open?.text !== "(") throw parseError(name, "CREATE TABLE ... AS SELECT has no column definitions to rebuild from");
  const close = matchingParen(tokens, i);
  if (close < 0) throw parseError(name, "unbalanced parentheses");
  const columns: ColumnSql[] = [];
  const constraints: TableConstraintSql[] = [];
  for (const part of splitTopLevel(tokens, i + 1, close)) {
    if (part.length === 0) continue;
    const first = part[0] as DdlToken;
    const text = sql.slice(first.start, (part[part.length - 1] as DdlToken).end);
    if (first.kind === "word" && TABLE_CONSTRAINT_START.has(first.text.toUpperCase()) && isTableConstraint(part))
      constraints.push(parseTableConstraint(sql, part, name, text));
    else columns.push(parseColumn(sql, part, name, text));
  }
  const last = tokens[tokens.length - 1];
  const closeToken = tokens[close] as DdlToken;
  const options = last && last !== closeToken ? sql.slice(closeToken.end, last.end).trim().replace(/;$/, "").trim() : "";
  return { name, columns, constraints, options };
}

/** A definition starting with a constraint keyword might still be a column named like one ("check" TEXT): it is a constraint when the keyword is followed as a constraint would be. */
function isTableConstraint(part: readonly DdlToken[]): boolean {
  const kw = (part[0] as DdlToken).text.toUpperCase();
  const next = part[1];
  if (kw === "CONSTRAINT") return isName(next);
  if (kw === "PRIMARY" || kw === "FOREIGN") return isWord(next, "KEY");
  return next?.text === "(";
}

function splitTopLevel(tokens: readonly DdlToken[], from: number, to: number): DdlToken[][] {
  const parts: DdlToken[][] = [[]];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as DdlToken;
    if (t.kind === "punct" && t.text === "(") depth++;
    if (t.kind === "punct" && t.text === ")") depth--;
    if (depth === 0 && t.kind === "punct" && t.text === ",") {
      parts.push([]);
      continue;
    }
    (parts[parts.length - 1] as DdlToken[]).push(t);
  }
  return parts;
}

function textOf(sql: string, tokens: readonly DdlToken[], from: number, to: number): string {
  if (to <= from) return "";
  return sql.slice((tokens[from] as DdlToken).start, (tokens[to - 1] as DdlToken).end);
}

function parseColumn(sql: string, part: readonly DdlToken[], table: string, text: string): ColumnSql {
  const nameToken = part[0] as DdlToken;
  if (!isName(nameToken)) throw parseError(table, `unexpected ${(part[0] as DdlToken).text} where a column name should be`);
  const name = identifierName(nameToken);
  let i = 1;
  let depth = 0;
  while (i < part.length) {
    const t = part[i] as DdlToken;
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (depth === 0 && t.kind === "word" && COLUMN_CONSTRAINT_START.has(t.text.toUpperCase())) break;
    i++;
  }
  const type = textOf(sql, part, 1, i);
  const constraints: ColumnConstraintSql[] = [];
  while (i < part.length) {
    const start = i;
    let cname: string | null = null;
    if (isWord(part[i], "CONSTRAINT")) {
      const n = part[i + 1];
      if (!isName(n)) throw parseError(table, `column ${name}: CONSTRAINT without a name`);
      cname = identifierName(n);
      i += 2;
    }
    const kw = part[i]?.text.toUpperCase();
    let kind: ColumnConstraintKind;
    switch (kw) {
      case "PRIMARY":
        kind = "primaryKey";
        i += 2;
        if (isWord(part[i], "ASC", "DESC")) i++;
        i = skipConflict(part, i);
        if (isWord(part[i], "AUTOINCREMENT")) i++;
        break;
      case "NOT":
        kind = "notNull";
        i = skipConflict(part, i + 2);
        break;
      case "NULL":
        kind = "null";
        i = skipConflict(part, i + 1);
        break;
      case "UNIQUE":
        kind = "unique";
        i = skipConflict(part, i + 1);
        break;
      case "CHECK":
        kind = "check";
        i = afterParen(part, i + 1, table, name);
        break;
      case "DEFAULT": {
        kind = "default";
        i++;
        if (part[i]?.text === "(") i = afterParen(part, i, table, name);
        else if (part[i]?.text === "+" || part[i]?.text === "-") i += 2;
        else i++;
        break;
      }
      case "COLLATE":
        kind = "collate";
        i += 2;
        break;
      case "REFERENCES":
        kind = "references";
        i = skipForeignKeyClause(part, i, table, name);
        break;
      case "GENERATED":
      case "AS":
        kind = "generated";
        if (kw === "GENERATED") i += 2; // GENERATED ALWAYS
        i = afterParen(part, i + 1, table, name);
        if (isWord(part[i], "STORED", "VIRTUAL")) i++;
        break;
      default:
        throw parseError(table, `column ${name}: unexpected ${kw ?? "end"}`);
    }
    if (i > part.length) throw parseError(table, `column ${name}: definition ends too early`);
    constraints.push({ name: cname, kind, text: textOf(sql, part, start, i) });
  }
  return { name, nameText: nameToken.text, type, constraints, text };
}

function afterParen(part: readonly DdlToken[], open: number, table: string, column: string): number {
  if (part[open]?.text !== "(") throw parseError(table, `column ${column}: expected (`);
  const close = matchingParen(part, open);
  if (close < 0) throw parseError(table, `column ${column}: unbalanced parentheses`);
  return close + 1;
}

function skipConflict(part: readonly DdlToken[], i: number): number {
  return isWord(part[i], "ON") && isWord(part[i + 1], "CONFLICT") ? i + 3 : i;
}

/** From `REFERENCES` to the end of its clause. */
function skipForeignKeyClause(part: readonly DdlToken[], i: number, table: string, column: string): number {
  i += 2; // REFERENCES name
  if (part[i]?.text === "(") i = afterParen(part, i, table, column);
  for (;;) {
    if (isWord(part[i], "ON") && isWord(part[i + 1], "DELETE", "UPDATE")) {
      i += 2;
      if (isWord(part[i], "SET")) i += 2;
      else if (isWord(part[i], "NO")) i += 2;
      else i++;
    } else if (isWord(part[i], "MATCH")) i += 2;
    else if (isWord(part[i], "NOT") && isWord(part[i + 1], "DEFERRABLE")) i += 2;
    else if (isWord(part[i], "DEFERRABLE")) i++;
    else if (isWord(part[i], "INITIALLY")) i += 2;
    else return i;
  }
}

function keyColumns(part: readonly DdlToken[], open: number): string[] {
  const close = matchingParen(part, open);
  return splitTopLevel(part, open + 1, close)
    .filter((p) => p.length > 0)
    .map((p) => identifierName(p[0] as DdlToken));
}

function parseTableConstraint(_sql: string, part: readonly DdlToken[], table: string, text: string): TableConstraintSql {
  let i = 0;
  let name: string | null = null;
  if (isWord(part[0], "CONSTRAINT")) {
    name = identifierName(part[1] as DdlToken);
    i = 2;
  }
  const kw = part[i]?.text.toUpperCase();
  switch (kw) {
    case "PRIMARY":
      return { name, kind: "primaryKey", columns: keyColumns(part, i + 2), text };
    case "UNIQUE":
      return { name, kind: "unique", columns: keyColumns(part, i + 1), text };
    case "CHECK":
      return { name, kind: "check", columns: [], text };
    case "FOREIGN": {
      const open = i + 2;
      const columns = keyColumns(part, open);
      const ref = part[matchingParen(part, open) + 2];
      return { name, kind: "foreignKey", columns, ...(ref ? { refTable: identifierName(ref) } : {}), text };
    }
    default:
      throw parseError(table, `unexpected table constraint ${text}`);
  }
}

/** A column's definition as SQL: as written when untouched. */
export function columnText(column: ColumnSql): string {
  if (column.text !== undefined) return column.text;
  return [column.nameText ?? quoteIdentifier(column.name), column.type, ...column.constraints.map((c) => c.text)].filter((s) => s !== "").join(" ");
}

/** The `CREATE TABLE` statement for `table` under the name `as`. */
export function renderTableSql(table: TableSql, as: string = table.name): string {
  const defs = [...table.columns.map(columnText), ...table.constraints.map((c) => c.text)];
  return `CREATE TABLE ${quoteIdentifier(as)} (\n  ${defs.join(",\n  ")}\n)${table.options ? ` ${table.options}` : ""}`;
}

/** The column named `name` (SQLite names are case-insensitive). */
export function findColumn(table: TableSql, name: string): ColumnSql | undefined {
  const folded = foldName(name);
  return table.columns.find((c) => foldName(c.name) === folded);
}

export function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}

/** Generated columns can't be inserted into: the rebuild copies the others. */
export function isGenerated(column: ColumnSql): boolean {
  return column.constraints.some((c) => c.kind === "generated");
}
