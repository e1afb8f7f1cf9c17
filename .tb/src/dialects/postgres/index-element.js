/**
 * One index key as PostgreSQL's grammar has it (`index_elem`):
 *
 *   { column | function_call | ( expression ) } [COLLATE name] [opclass] [ASC | DESC] [NULLS { FIRST | LAST }]
 *
 * `splitIndexElement` takes the SQL text of one key (`"data" jsonb_path_ops`,
 * `lower(name) DESC NULLS LAST`, `name COLLATE "C"`) apart into the key and
 * its options, so a key written as raw SQL can be rendered (the key alone gets
 * parentheses when the grammar needs them) and compared with what the server
 * keeps. A trailing word counts as an operator class only when what precedes
 * it is a complete key (`a || b` stays one expression).
 */
import { scanSql } from "./sql-scan.js";
const code = (t) => t.kind !== "space" && t.kind !== "comment";
const isWord = (t, w) => t?.kind === "word" && t.text.toLowerCase() === w;
const isName = (t) => t?.kind === "word" || t?.kind === "quotedIdent";
/** The value of one identifier token: `"Foo"` is `Foo`, `Foo` is `foo`. */
export function identifierValue(text) {
    if (text.startsWith('"') && text.endsWith('"') && text.length >= 2)
        return text.slice(1, -1).replace(/""/g, '"');
    return text.toLowerCase();
}
/** A possibly qualified name ending at `end` (exclusive): its start index, or -1. */
function qualifiedNameStart(tokens, end) {
    let i = end - 1;
    if (!isName(tokens[i]))
        return -1;
    while (tokens[i - 1]?.text === "." && isName(tokens[i - 2]))
        i -= 2;
    return i;
}
function nameValue(tokens) {
    return tokens
        .filter((t) => t.text !== ".")
        .map((t) => identifierValue(t.text))
        .join(".");
}
/** The kind of a complete key, or null when `tokens` is not one (a bare operator expression). */
function keyKind(tokens) {
    if (tokens.length === 0)
        return null;
    if (tokens.length === 1 && isName(tokens[0]))
        return "column";
    let i = 0;
    if (isName(tokens[0])) {
        i = 1;
        while (tokens[i]?.text === "." && isName(tokens[i + 1]))
            i += 2;
    }
    if (tokens[i]?.text !== "(")
        return null;
    let depth = 0;
    for (let j = i; j < tokens.length; j++) {
        const t = tokens[j].text;
        if (t === "(")
            depth++;
        else if (t === ")" && --depth === 0) {
            if (j !== tokens.length - 1)
                return null;
            return i === 0 ? "parenthesized" : "call";
        }
    }
    return null;
}
/** A key, possibly followed by `COLLATE name`: complete? */
function completeWithCollate(tokens) {
    if (keyKind(tokens) !== null)
        return true;
    const start = qualifiedNameStart(tokens, tokens.length);
    return start > 1 && isWord(tokens[start - 1], "collate") && keyKind(tokens.slice(0, start - 1)) !== null;
}
export function splitIndexElement(text) {
    const source = text.trim();
    const tokens = scanSql(source).filter(code);
    let end = tokens.length;
    let nulls = null;
    let order = null;
    let opclass = null;
    let collation = null;
    if (end >= 3 && isWord(tokens[end - 2], "nulls") && (isWord(tokens[end - 1], "first") || isWord(tokens[end - 1], "last"))) {
        nulls = tokens[end - 1].text.toLowerCase();
        end -= 2;
    }
    if (end >= 2 && (isWord(tokens[end - 1], "asc") || isWord(tokens[end - 1], "desc"))) {
        order = tokens[end - 1].text.toLowerCase();
        end -= 1;
    }
    const opStart = qualifiedNameStart(tokens, end);
    if (opStart > 0 && !isWord(tokens[opStart - 1], "collate") && completeWithCollate(tokens.slice(0, opStart))) {
        opclass = nameValue(tokens.slice(opStart, end));
        end = opStart;
    }
    const collStart = qualifiedNameStart(tokens, end);
    if (collStart > 1 && isWord(tokens[collStart - 1], "collate") && keyKind(tokens.slice(0, collStart - 1)) !== null) {
        collation = nameValue(tokens.slice(collStart, end));
        end = collStart - 1;
    }
    const keyTokens = tokens.slice(0, end);
    if (keyTokens.length === 0) {
        return { key: source, kind: "expression", column: null, collation: null, opclass: null, order: null, nulls: null };
    }
    const key = source.slice(keyTokens[0].start, keyTokens[keyTokens.length - 1].end);
    const kind = keyKind(keyTokens) ?? "expression";
    return { key, kind, column: kind === "column" ? identifierValue(key) : null, collation, opclass, order, nulls };
}
/** Splits a list of keys (`a, lower(b) DESC`) at top-level commas. */
export function splitIndexElementList(text) {
    const out = [];
    let depth = 0;
    let from = 0;
    for (const t of scanSql(text)) {
        if (t.kind !== "other")
            continue;
        if (t.text === "(" || t.text === "[")
            depth++;
        else if (t.text === ")" || t.text === "]")
            depth--;
        else if (t.text === "," && depth === 0) {
            out.push(text.slice(from, t.start).trim());
            from = t.end;
        }
    }
    out.push(text.slice(from).trim());
    return out.filter((s) => s !== "");
}
/**
 * The key list of a `pg_get_indexdef()` text: what is between the parentheses after `USING method`.
 * Null when the text is not of that shape.
 */
export function indexDefinitionKeys(definition) {
    const tokens = scanSql(definition).filter(code);
    const using = tokens.findIndex((t, i) => isWord(t, "using") && i > 0);
    if (using < 0)
        return null;
    const open = using + 2;
    if (tokens[open]?.text !== "(")
        return null;
    let depth = 0;
    for (let j = open; j < tokens.length; j++) {
        const t = tokens[j].text;
        if (t === "(")
            depth++;
        else if (t === ")" && --depth === 0)
            return splitIndexElementList(definition.slice(tokens[open].end, tokens[j].start));
    }
    return null;
}
