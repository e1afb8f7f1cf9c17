/** Clause-level pieces shared by the MySQL renderers. */
import type { ReferentialAction } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { ForeignKeyDefinition } from "../../schema/constraints.js";
import { isSqlExpression, type SqlText, sqlTextOf } from "../../schema/sql-expression.js";
import type { ColumnDefault } from "../../schema/value.js";
import type { MysqlOnlineDdl } from "./options.js";
import { plainString, quoteString, renderLiteral } from "./literal.js";
import { qualify, quoteIdentifier, quoteList } from "./quote.js";
import { defaultNeedsParentheses } from "./render-type.js";

export function constraintName(name: string | undefined): string {
  return name === undefined ? "" : `CONSTRAINT ${quoteIdentifier(name)} `;
}

/**
 * A primary key's `CONSTRAINT name`: MySQL names every primary key PRIMARY and keeps no other name, and refuses
 * `CONSTRAINT PRIMARY` itself ("Incorrect index name"), the name the catalog gives back (so autogenerate's
 * downgrade of a primary-key change carries it): that one is left out.
 */
export function primaryKeyConstraintName(name: string | undefined): string {
  return name !== undefined && name.toUpperCase() === "PRIMARY" ? "" : constraintName(name);
}

function referentialAction(action: ReferentialAction): string {
  return action.toUpperCase();
}

export function actionsClause(def: { onDelete?: ReferentialAction; onUpdate?: ReferentialAction }): string {
  let out = "";
  if (def.onDelete) out += ` ON DELETE ${referentialAction(def.onDelete)}`;
  if (def.onUpdate) out += ` ON UPDATE ${referentialAction(def.onUpdate)}`;
  return out;
}

/** `[CONSTRAINT n] FOREIGN KEY (...) REFERENCES ... (...)` (table constraint or ALTER TABLE ADD). */
export function foreignKeyClause(fk: Pick<ForeignKeyDefinition, "name" | "columns" | "refTable" | "refSchema" | "refColumns" | "onDelete" | "onUpdate">, schema?: string): string {
  return (
    `${constraintName(fk.name)}FOREIGN KEY (${quoteList(fk.columns)}) ` +
    `REFERENCES ${qualify(fk.refTable, fk.refSchema ?? schema)} (${quoteList(fk.refColumns)})${actionsClause(fk)}`
  );
}

export function checkClause(name: string | undefined, expression: SqlText): string {
  return `${constraintName(name)}CHECK (${sqlTextOf(expression).trim()})`;
}

/** Defaults MySQL takes without parentheses: CURRENT_TIMESTAMP and its synonyms (with a precision), NULL, numbers, quoted strings. */
const BARE_DEFAULT =
  /^(?:(?:current_timestamp|now|localtime|localtimestamp|current_date|current_time|curdate|curtime)\s*(?:\(\s*\d?\s*\))?|null|true|false|[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?|'(?:[^'\\]|'')*')$/i;

/**
 * A default: a value as a literal (written as an expression in parentheses
 * on TEXT, BLOB and JSON columns, which take no literal default on MySQL 8),
 * `sql()` verbatim when MySQL takes it bare, else in parentheses. On a JSON
 * column a non-string value is written as JSON text.
 */
/**
 * A text default. MariaDB keeps the default of a TEXT/BLOB/JSON column as
 * expression text and prints a hex literal with an introducer back as
 * `_utf8mb4'<its bytes>'`, unescaped: a quote or a backslash in it then
 * breaks the statement (or silently changes the value). So a text holding a
 * quote or a backslash is written as a plain string (quotes doubled,
 * backslashes escaped, as comments are: the migration session's sql_mode
 * never has NO_BACKSLASH_ESCAPES; an offline script needs a server or
 * client without it, see docs/mysql.md); any other text as `quoteString`
 * writes it.
 */
function defaultString(text: string): string {
  return /['\\]/.test(text) ? plainString(text) : quoteString(text);
}

export function renderDefault(value: ColumnDefault, type?: ColumnType): string {
  if (isSqlExpression(value)) {
    const text = value.sql.trim();
    return BARE_DEFAULT.test(text) || /^\(.*\)$/s.test(text) ? text : `(${text})`;
  }
  let literal: string;
  if (type?.kind === "json" && value !== null && typeof value !== "string") literal = defaultString(JSON.stringify(value));
  else if (typeof value === "string") literal = defaultString(value);
  else if (typeof value === "boolean" && type !== undefined && type.kind !== "boolean") literal = value ? "1" : "0";
  else literal = renderLiteral(value);
  return value !== null && defaultNeedsParentheses(type) ? `(${literal})` : literal;
}

/** `, ALGORITHM=INPLACE, LOCK=NONE` for ALTER TABLE (`leading`: `, `) or ` ALGORITHM=INPLACE LOCK=NONE` for CREATE/DROP INDEX (` `). */
export function onlineDdlClause(options: MysqlOnlineDdl | undefined, separator: ", " | " "): string {
  if (options === undefined) return "";
  let out = "";
  if (options.algorithm) out += `${separator}ALGORITHM=${options.algorithm.toUpperCase()}`;
  if (options.lock) out += `${separator}LOCK=${options.lock.toUpperCase()}`;
  return out;
}
