/** Clause-level pieces shared by the MySQL renderers. */
import { AthanorError } from "../../errors.js";
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
 * A text default. Where the column keeps its default as expression text
 * (TEXT, BLOB and JSON: MySQL 8 takes only an expression there, and MariaDB
 * keeps the text as written), or may (`plain`: the type is not known), the
 * value is a plain string (quotes doubled,
 * backslash escapes: the migration session's sql_mode never has
 * NO_BACKSLASH_ESCAPES, and an offline script sets it and the character set
 * first). Not the hex form: MariaDB prints `_utf8mb4 X'c3a9'` back as
 * `_utf8mb4'xC3xA9'`, which it then evaluates to the text `xC3xA9`, so every
 * row inserted later would get that. Any other column takes a quote or a
 * backslash the same way (MariaDB prints the literal back unescaped), and
 * other text as `quoteString` writes it.
 */
function defaultString(text: string, plain: boolean): string {
  return plain || /['\\]/.test(text) ? plainString(text) : quoteString(text);
}

/**
 * A default: a value as a literal (written as an expression in parentheses
 * on TEXT, BLOB and JSON columns, which take no literal default on MySQL 8),
 * `sql()` verbatim when MySQL takes it bare, else in parentheses. On a JSON
 * column a non-string value is written as JSON text.
 */
export function renderDefault(value: ColumnDefault, type?: ColumnType): string {
  if (isSqlExpression(value)) {
    const text = value.sql.trim();
    return BARE_DEFAULT.test(text) || /^\(.*\)$/s.test(text) ? text : `(${text})`;
  }
  const expression = defaultNeedsParentheses(type);
  // a column whose type the op doesn't give (ALTER COLUMN ... SET DEFAULT) may be one of them
  const plain = expression || type === undefined;
  let literal: string;
  if (type?.kind === "json" && value !== null && typeof value !== "string") literal = defaultString(JSON.stringify(value), plain);
  else if (typeof value === "string") literal = defaultString(value, plain);
  else if (typeof value === "boolean" && type !== undefined && type.kind !== "boolean") literal = value ? "1" : "0";
  else literal = renderLiteral(value);
  return value !== null && expression ? `(${literal})` : literal;
}

/** `, ALGORITHM=INPLACE, LOCK=NONE` for ALTER TABLE (`leading`: `, `) or ` ALGORITHM=INPLACE LOCK=NONE` for CREATE/DROP INDEX (` `). */
export function onlineDdlClause(options: MysqlOnlineDdl | undefined, separator: ", " | " "): string {
  if (options === undefined) return "";
  // written into the statement as keywords: only the words MySQL has
  oneOf("mysql.algorithm", options.algorithm, ["default", "instant", "inplace", "copy"]);
  oneOf("mysql.lock", options.lock, ["default", "none", "shared", "exclusive"]);
  let out = "";
  if (options.algorithm) out += `${separator}ALGORITHM=${options.algorithm.toUpperCase()}`;
  if (options.lock) out += `${separator}LOCK=${options.lock.toUpperCase()}`;
  return out;
}

/** Refuses a keyword option that is not one of `words` (case aside): it is written into the SQL as it is. */
export function oneOf(what: string, value: unknown, words: readonly string[]): void {
  if (value === undefined) return;
  if (typeof value !== "string" || !words.includes(value.toLowerCase()))
    throw new AthanorError("OPERATION.INVALID", `${what} must be one of ${words.map((w) => `"${w}"`).join(", ")}, not ${JSON.stringify(value)}`);
}
