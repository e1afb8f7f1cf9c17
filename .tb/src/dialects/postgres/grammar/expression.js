/**
 * Textual normalisation of SQL expressions (defaults, CHECK conditions,
 * index expressions and predicates) so that what a model says and what
 * PostgreSQL prints back compare equal: casts dropped (`'x'::text`),
 * case and whitespace folded, grouping parentheses removed, `IN (...)`
 * as `= ANY (ARRAY[...])`, `now()` as `CURRENT_TIMESTAMP`, `!=` as `<>`,
 * `LIKE` as `~~`. Equal normal forms mean equal expressions; different
 * ones are only "maybe different" and go to the server-side check.
 */
const MULTIWORD_TYPE_HEADS = new Set(["character", "double", "timestamp", "time", "bit", "national", "char"]);
const MULTIWORD_TYPE_TAILS = new Set(["varying", "precision", "with", "without", "time", "zone", "character"]);
/** Splits SQL into tokens; comments are dropped. Returns null on text it cannot scan (unterminated quote). */
export function tokenize(sql) {
    const out = [];
    let i = 0;
    const n = sql.length;
    while (i < n) {
        const ch = sql[i];
        if (/\s/.test(ch)) {
            i++;
            continue;
        }
        if (ch === "-" && sql[i + 1] === "-") {
            while (i < n && sql[i] !== "\n")
                i++;
            continue;
        }
        if (ch === "/" && sql[i + 1] === "*") {
            const end = sql.indexOf("*/", i + 2);
            if (end < 0)
                return null;
            i = end + 2;
            continue;
        }
        const escaped = (ch === "E" || ch === "e") && sql[i + 1] === "'";
        if (ch === "'" || escaped) {
            let j = escaped ? i + 2 : i + 1;
            let text = "";
            for (;;) {
                if (j >= n)
                    return null;
                const c = sql[j];
                if (escaped && c === "\\") {
                    const next = sql[j + 1];
                    if (next === undefined)
                        return null;
                    text += next === "n" ? "\n" : next === "t" ? "\t" : next === "r" ? "\r" : next;
                    j += 2;
                    continue;
                }
                if (c === "'") {
                    if (sql[j + 1] === "'") {
                        text += "'";
                        j += 2;
                        continue;
                    }
                    j++;
                    break;
                }
                text += c;
                j++;
            }
            out.push({ kind: "str", text });
            i = j;
            continue;
        }
        if (ch === "$") {
            const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i));
            if (m) {
                const tag = m[0];
                const end = sql.indexOf(tag, i + tag.length);
                if (end < 0)
                    return null;
                out.push({ kind: "str", text: sql.slice(i + tag.length, end) });
                i = end + tag.length;
                continue;
            }
        }
        if (ch === '"') {
            let j = i + 1;
            let text = "";
            for (;;) {
                if (j >= n)
                    return null;
                if (sql[j] === '"') {
                    if (sql[j + 1] === '"') {
                        text += '"';
                        j += 2;
                        continue;
                    }
                    j++;
                    break;
                }
                text += sql[j];
                j++;
            }
            out.push({ kind: "qident", text });
            i = j;
            continue;
        }
        if (/[0-9]/.test(ch) || (ch === "." && /[0-9]/.test(sql[i + 1] ?? ""))) {
            const m = /^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(sql.slice(i));
            out.push({ kind: "num", text: m[0] });
            i += m[0].length;
            continue;
        }
        if (/[A-Za-z_\u0080-\uffff]/.test(ch)) {
            const m = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(sql.slice(i));
            out.push({ kind: "ident", text: m[0].toLowerCase() });
            i += m[0].length;
            continue;
        }
        if (ch === ":" && sql[i + 1] === ":") {
            out.push({ kind: "cast", text: "::" });
            i += 2;
            continue;
        }
        if (ch === "(")
            out.push({ kind: "lp", text: "(" });
        else if (ch === ")")
            out.push({ kind: "rp", text: ")" });
        else if (ch === ",")
            out.push({ kind: "comma", text: "," });
        else if (ch === "[")
            out.push({ kind: "lb", text: "[" });
        else if (ch === "]")
            out.push({ kind: "rb", text: "]" });
        else if (ch === ".")
            out.push({ kind: "dot", text: "." });
        else {
            const m = /^[+\-*/<>=~!@#%^&|`?]+/.exec(sql.slice(i));
            if (!m) {
                out.push({ kind: "op", text: ch });
                i++;
                continue;
            }
            out.push({ kind: "op", text: m[0] });
            i += m[0].length;
            continue;
        }
        i++;
    }
    return out;
}
/** Index just past a type name starting at `i` (after `::`). */
function skipTypeName(toks, i) {
    const first = toks[i];
    if (!first || (first.kind !== "ident" && first.kind !== "qident"))
        return i;
    i++;
    while (toks[i]?.kind === "dot" && (toks[i + 1]?.kind === "ident" || toks[i + 1]?.kind === "qident"))
        i += 2;
    if (first.kind === "ident" && MULTIWORD_TYPE_HEADS.has(first.text)) {
        while (toks[i]?.kind === "ident" && MULTIWORD_TYPE_TAILS.has(toks[i].text))
            i++;
    }
    if (toks[i]?.kind === "lp") {
        let depth = 0;
        for (; i < toks.length; i++) {
            if (toks[i].kind === "lp")
                depth++;
            else if (toks[i].kind === "rp" && --depth === 0) {
                i++;
                break;
            }
        }
        // `timestamp(3) with time zone`
        while (toks[i]?.kind === "ident" && MULTIWORD_TYPE_TAILS.has(toks[i].text))
            i++;
    }
    while (toks[i]?.kind === "lb" && toks[i + 1]?.kind === "rb")
        i += 2;
    return i;
}
function dropCasts(toks) {
    const out = [];
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (t.kind === "cast") {
            i = skipTypeName(toks, i + 1) - 1;
            continue;
        }
        out.push(t);
    }
    return out;
}
const CURRENT_TIMESTAMP_SYNONYMS = new Set(["now", "transaction_timestamp"]);
/** `interval '1 day'` is printed back as `'1 day'::interval`: the type word before a literal is a cast. */
const TYPED_LITERAL_WORDS = new Set([
    "interval", "date", "timestamp", "timestamptz", "time", "timetz", "numeric", "decimal", "text", "varchar",
    "json", "jsonb", "uuid", "inet", "cidr", "boolean", "bool", "integer", "int", "int4", "int8", "int2", "bigint",
    "smallint", "real", "float4", "float8", "bytea", "money", "point", "xml",
]);
function isAtom(t) {
    return t !== undefined && (t.kind === "ident" || t.kind === "qident" || t.kind === "num" || t.kind === "str");
}
/** `x BETWEEN a AND b` (simple operands) is printed back as `x >= a AND x <= b`. */
function rewriteBetween(toks) {
    const out = [];
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (t.kind === "ident" && t.text === "between" && isAtom(out[out.length - 1]) && isAtom(toks[i + 1]) && toks[i + 2]?.text === "and" && isAtom(toks[i + 3])) {
            const x = out.pop();
            const before = out[out.length - 1];
            if (before?.kind === "ident" && before.text === "not") {
                out.push(x, { kind: "ident", text: "between" });
                continue;
            }
            out.push(x, { kind: "op", text: ">=" }, toks[i + 1], { kind: "ident", text: "and" }, x, { kind: "op", text: "<=" }, toks[i + 3]);
            i += 3;
            continue;
        }
        out.push(t);
    }
    return out;
}
function rewrite(toks) {
    const out = [];
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (t.kind === "ident" && TYPED_LITERAL_WORDS.has(t.text) && toks[i + 1]?.kind === "str" && toks[i - 1]?.kind !== "cast")
            continue;
        // now() and transaction_timestamp() are CURRENT_TIMESTAMP.
        if (t.kind === "ident" && CURRENT_TIMESTAMP_SYNONYMS.has(t.text) && toks[i + 1]?.kind === "lp" && toks[i + 2]?.kind === "rp") {
            out.push({ kind: "ident", text: "current_timestamp" });
            i += 2;
            continue;
        }
        // Unquote "simple" identifiers: "email" is email.
        if (t.kind === "qident" && /^[a-z_][a-z0-9_$]*$/.test(t.text)) {
            out.push({ kind: "ident", text: t.text });
            continue;
        }
        if (t.kind === "op" && t.text === "!=") {
            out.push({ kind: "op", text: "<>" });
            continue;
        }
        if (t.kind === "ident" && (t.text === "like" || t.text === "ilike")) {
            const neg = out.length > 0 && out[out.length - 1].kind === "ident" && out[out.length - 1].text === "not";
            if (neg)
                out.pop();
            out.push({ kind: "op", text: `${neg ? "!" : ""}~~${t.text === "ilike" ? "*" : ""}` });
            continue;
        }
        // x IN (a, b) is x = ANY (ARRAY[a, b]); NOT IN is <> ALL.
        if (t.kind === "ident" && t.text === "in" && toks[i + 1]?.kind === "lp" && !isSubquery(toks, i + 2)) {
            const neg = out.length > 0 && out[out.length - 1].kind === "ident" && out[out.length - 1].text === "not";
            if (neg)
                out.pop();
            let depth = 0;
            let j = i + 1;
            const inner = [];
            for (; j < toks.length; j++) {
                const u = toks[j];
                if (u.kind === "lp") {
                    depth++;
                    if (depth === 1)
                        continue;
                }
                else if (u.kind === "rp") {
                    depth--;
                    if (depth === 0)
                        break;
                }
                inner.push(u);
            }
            out.push({ kind: "op", text: neg ? "<>" : "=" }, { kind: "ident", text: neg ? "all" : "any" }, { kind: "lp", text: "(" }, { kind: "ident", text: "array" }, { kind: "lb", text: "[" }, ...rewrite(inner), { kind: "rb", text: "]" }, { kind: "rp", text: ")" });
            i = j;
            continue;
        }
        // A quoted number is the number (after casts are gone, '-1'::integer is -1).
        if (t.kind === "str" && /^-?\d+(\.\d+)?$/.test(t.text)) {
            if (t.text.startsWith("-"))
                out.push({ kind: "op", text: "-" }, { kind: "num", text: t.text.slice(1) });
            else
                out.push({ kind: "num", text: t.text });
            continue;
        }
        out.push(t);
    }
    return out;
}
function isSubquery(toks, i) {
    const t = toks[i];
    return t?.kind === "ident" && (t.text === "select" || t.text === "with" || t.text === "values");
}
/**
 * Removes grouping parentheses (not function-call or ARRAY/ANY parentheses).
 * This can hide a change of precedence, never invent a difference.
 */
function dropGroupingParens(toks) {
    const keep = new Array(toks.length).fill(true);
    const stack = [];
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (t.kind === "lp") {
            const prev = toks[i - 1];
            const call = prev !== undefined && (prev.kind === "ident" || prev.kind === "qident") && !isKeywordOperator(prev.text);
            stack.push({ index: i, call });
        }
        else if (t.kind === "rp") {
            const open = stack.pop();
            if (open && !open.call) {
                keep[open.index] = false;
                keep[i] = false;
            }
        }
    }
    return toks.filter((_, i) => keep[i]);
}
const KEYWORD_OPERATORS = new Set(["and", "or", "not", "is", "in", "between", "like", "ilike", "when", "then", "else", "case", "on", "where"]);
function isKeywordOperator(word) {
    return KEYWORD_OPERATORS.has(word);
}
function render(toks) {
    return toks
        .map((t) => {
        switch (t.kind) {
            case "str":
                return `'${t.text.replace(/'/g, "''")}'`;
            case "qident":
                return `"${t.text.replace(/"/g, '""')}"`;
            case "num":
                return String(Number(t.text)) === "NaN" ? t.text : normaliseNumber(t.text);
            case "ident":
                return ` ${t.text} `;
            default:
                return t.text;
        }
    })
        .join("")
        .replace(/\s+/g, " ")
        .trim();
}
function normaliseNumber(text) {
    if (/^\d+$/.test(text))
        return text.replace(/^0+(?=\d)/, "");
    if (/^\d*\.\d+$|^\d+\.\d*$/.test(text)) {
        const [a, b = ""] = text.split(".");
        const frac = b.replace(/0+$/, "");
        return `${(a ?? "").replace(/^0+(?=\d)/, "") || "0"}${frac ? `.${frac}` : ""}`;
    }
    return text;
}
/**
 * Drops `table.` qualifiers on columns (`"users"."email"` as email): drizzle
 * and hand-written checks sometimes qualify, PostgreSQL never prints them.
 */
function dropQualifiers(toks, qualifiers) {
    if (qualifiers.size === 0)
        return toks;
    const out = [];
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if ((t.kind === "ident" || t.kind === "qident") && qualifiers.has(t.text) && toks[i + 1]?.kind === "dot") {
            i++;
            continue;
        }
        out.push(t);
    }
    return out;
}
/** The normal form of an expression, or null when it cannot be scanned. */
export function normaliseExpression(sql, options) {
    const toks = tokenize(sql);
    if (toks === null)
        return null;
    let t = dropQualifiers(toks, new Set(options?.qualifiers ?? []));
    t = dropCasts(t);
    t = rewrite(t);
    t = dropGroupingParens(t);
    t = rewriteBetween(t);
    return render(t);
}
/** True when both expressions have the same normal form. */
export function sameExpression(a, b, options) {
    if (a.trim() === b.trim())
        return true;
    const na = normaliseExpression(a, options);
    return na !== null && na === normaliseExpression(b, options);
}
/** Identifiers (lower-cased, unquoted) used in an expression: for guessing which columns a CHECK mentions. */
export function identifiersIn(sql) {
    const toks = tokenize(sql) ?? [];
    const out = [];
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (t.kind === "cast") {
            i = skipTypeName(toks, i + 1) - 1;
            continue;
        }
        if ((t.kind === "ident" || t.kind === "qident") && toks[i + 1]?.kind !== "lp")
            out.push(t.text);
    }
    return out;
}
/** Parses a default that is a single literal (with optional casts); null when it is anything else. */
export function parseLiteral(sql) {
    const toks = tokenize(sql);
    if (toks === null)
        return null;
    let t = dropCasts(toks);
    while (t.length >= 2 && t[0].kind === "lp" && t[t.length - 1].kind === "rp")
        t = dropCasts(t.slice(1, -1));
    if (t.length === 1) {
        const x = t[0];
        if (x.kind === "str")
            return { kind: "string", value: x.text };
        if (x.kind === "num")
            return { kind: "number", value: normaliseNumber(x.text) };
        if (x.kind === "ident" && (x.text === "true" || x.text === "false"))
            return { kind: "boolean", value: x.text === "true" };
        if (x.kind === "ident" && x.text === "null")
            return { kind: "null" };
    }
    if (t.length === 2 && t[0].kind === "op" && (t[0].text === "-" || t[0].text === "+") && t[1].kind === "num") {
        const v = normaliseNumber(t[1].text);
        return { kind: "number", value: t[0].text === "-" && v !== "0" ? `-${v}` : v };
    }
    return null;
}
