import { isSqlExpression, sqlTextOf } from "../../schema/sql-expression.js";
import { quoteString, renderLiteral } from "./literal.js";
import { qualify, quoteIdentifier, quoteList } from "./quote.js";
import { defaultNeedsParentheses } from "./render-type.js";
export function constraintName(name) {
    return name === undefined ? "" : `CONSTRAINT ${quoteIdentifier(name)} `;
}
function referentialAction(action) {
    return action.toUpperCase();
}
export function actionsClause(def) {
    let out = "";
    if (def.onDelete)
        out += ` ON DELETE ${referentialAction(def.onDelete)}`;
    if (def.onUpdate)
        out += ` ON UPDATE ${referentialAction(def.onUpdate)}`;
    return out;
}
/** `[CONSTRAINT n] FOREIGN KEY (...) REFERENCES ... (...)` (table constraint or ALTER TABLE ADD). */
export function foreignKeyClause(fk, schema) {
    return (`${constraintName(fk.name)}FOREIGN KEY (${quoteList(fk.columns)}) ` +
        `REFERENCES ${qualify(fk.refTable, fk.refSchema ?? schema)} (${quoteList(fk.refColumns)})${actionsClause(fk)}`);
}
export function checkClause(name, expression) {
    return `${constraintName(name)}CHECK (${sqlTextOf(expression).trim()})`;
}
/** Defaults MySQL takes without parentheses: CURRENT_TIMESTAMP and its synonyms (with a precision), NULL, numbers, quoted strings. */
const BARE_DEFAULT = /^(?:(?:current_timestamp|now|localtime|localtimestamp|current_date|current_time|curdate|curtime)\s*(?:\(\s*\d?\s*\))?|null|true|false|[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?|'(?:[^'\\]|'')*')$/i;
/**
 * A default: a value as a literal (written as an expression in parentheses
 * on TEXT, BLOB and JSON columns, which take no literal default on MySQL 8),
 * `sql()` verbatim when MySQL takes it bare, else in parentheses. On a JSON
 * column a non-string value is written as JSON text.
 */
export function renderDefault(value, type) {
    if (isSqlExpression(value)) {
        const text = value.sql.trim();
        return BARE_DEFAULT.test(text) || /^\(.*\)$/s.test(text) ? text : `(${text})`;
    }
    let literal;
    if (type?.kind === "json" && value !== null && typeof value !== "string")
        literal = quoteString(JSON.stringify(value));
    else if (typeof value === "boolean" && type !== undefined && type.kind !== "boolean")
        literal = value ? "1" : "0";
    else
        literal = renderLiteral(value);
    return value !== null && defaultNeedsParentheses(type) ? `(${literal})` : literal;
}
/** `, ALGORITHM=INPLACE, LOCK=NONE` for ALTER TABLE (`leading`: `, `) or ` ALGORITHM=INPLACE LOCK=NONE` for CREATE/DROP INDEX (` `). */
export function onlineDdlClause(options, separator) {
    if (options === undefined)
        return "";
    let out = "";
    if (options.algorithm)
        out += `${separator}ALGORITHM=${options.algorithm.toUpperCase()}`;
    if (options.lock)
        out += `${separator}LOCK=${options.lock.toUpperCase()}`;
    return out;
}
