import { isSqlExpression, sqlTextOf } from "../../schema/sql-expression.js";
import { scanSql } from "./sql-scan.js";
import { quoteString, renderLiteral } from "./literal.js";
import { qualify, quoteIdentifier, quoteList } from "./quote.js";
export function referentialAction(action) {
    return action.toUpperCase();
}
export function deferrableClause(def) {
    if (def.initiallyDeferred)
        return " DEFERRABLE INITIALLY DEFERRED";
    return def.deferrable ? " DEFERRABLE" : "";
}
export function constraintName(name) {
    return name === undefined ? "" : `CONSTRAINT ${quoteIdentifier(name)} `;
}
/** ` ON DELETE CASCADE ON UPDATE ...` */
export function actionsClause(def) {
    let out = "";
    if (def.onDelete)
        out += ` ON DELETE ${referentialAction(def.onDelete)}`;
    if (def.onUpdate)
        out += ` ON UPDATE ${referentialAction(def.onUpdate)}`;
    return out;
}
/** `REFERENCES "s"."t" ("id") ...` for a column's FK shorthand. */
export function columnReferenceClause(ref) {
    const cols = ref.column === undefined ? "" : ` (${quoteIdentifier(ref.column)})`;
    return `${constraintName(ref.name)}REFERENCES ${qualify(ref.table, ref.schema)}${cols}${actionsClause(ref)}${deferrableClause(ref)}`;
}
/** `[CONSTRAINT n] FOREIGN KEY (...) REFERENCES ... ` (table constraint or ALTER TABLE ADD). */
export function foreignKeyClause(fk) {
    const match = fk.match ? ` MATCH ${fk.match.toUpperCase()}` : "";
    return (`${constraintName(fk.name)}FOREIGN KEY (${quoteList(fk.columns)}) ` +
        `REFERENCES ${qualify(fk.refTable, fk.refSchema)} (${quoteList(fk.refColumns)})${match}${actionsClause(fk)}${deferrableClause(fk)}`);
}
export function uniqueClause(u) {
    const nnd = u.nullsNotDistinct ? " NULLS NOT DISTINCT" : "";
    return `${constraintName(u.name)}UNIQUE${nnd} (${quoteList(u.columns)})${deferrableClause(u)}`;
}
export function checkClause(name, expression) {
    return `${constraintName(name)}CHECK (${sqlTextOf(expression).trim()})`;
}
const SIMPLE_EXPR = /^[A-Za-z0-9_.:'"()[\]{},]+$/;
/**
 * A default: `sql()` verbatim (parenthesised unless it is a simple term), else
 * an escaped literal. On a json/jsonb column a non-string value is written as
 * JSON text (so `default: []` means an empty JSON array, not a SQL array); a
 * string is taken as the JSON text itself.
 */
export function renderDefault(value, type) {
    if (!isSqlExpression(value)) {
        const json = type?.kind === "json" || type?.kind === "jsonb";
        if (json && value !== null && typeof value !== "string")
            return quoteString(JSON.stringify(value));
        return renderLiteral(value);
    }
    const text = value.sql.trim();
    return SIMPLE_EXPR.test(text) && balanced(text) ? text : `(${text})`;
}
function balanced(text) {
    let depth = 0;
    for (const t of scanSql(text)) {
        if (t.kind !== "other")
            continue;
        if (t.text === "(")
            depth++;
        else if (t.text === ")" && --depth < 0)
            return false;
    }
    return depth === 0;
}
/** Is `text` one function call `name(...)` whose opening parenthesis closes at the very end? */
export function isFunctionCall(text) {
    const tokens = scanSql(text.trim()).filter((t) => t.kind !== "space" && t.kind !== "comment");
    let i = 0;
    if (tokens[i]?.kind !== "word" && tokens[i]?.kind !== "quotedIdent")
        return false;
    i++;
    while (tokens[i]?.text === "." && (tokens[i + 1]?.kind === "word" || tokens[i + 1]?.kind === "quotedIdent"))
        i += 2;
    if (tokens[i]?.text !== "(")
        return false;
    let depth = 0;
    for (let j = i; j < tokens.length; j++) {
        const t = tokens[j]?.text;
        if (t === "(")
            depth++;
        else if (t === ")") {
            depth--;
            if (depth === 0)
                return j === tokens.length - 1;
        }
    }
    return false;
}
