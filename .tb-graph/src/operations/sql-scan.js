/**
 * A small lexer for PostgreSQL-flavoured SQL: enough to tell code from
 * string literals ('...', E'...', U&'...'), quoted identifiers, comments
 * (-- and nested /* *\/) and dollar-quoted bodies ($$...$$, $tag$...$tag$).
 * Used to split scripts into statements, to find statement-level keywords
 * (transaction control) and to locate `$n` placeholders for inlining.
 */
const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
const TAG_RE = /\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
function scanQuoted(sql, from, quote, backslashEscapes) {
    let i = from + 1;
    while (i < sql.length) {
        const ch = sql[i];
        if (backslashEscapes && ch === "\\") {
            i += 2;
            continue;
        }
        if (ch === quote) {
            if (sql[i + 1] === quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i++;
    }
    return sql.length;
}
function scanBlockComment(sql, from) {
    let depth = 0;
    let i = from;
    while (i < sql.length) {
        if (sql[i] === "/" && sql[i + 1] === "*") {
            depth++;
            i += 2;
        }
        else if (sql[i] === "*" && sql[i + 1] === "/") {
            depth--;
            i += 2;
            if (depth === 0)
                return i;
        }
        else
            i++;
    }
    return sql.length;
}
export function scanSql(sql) {
    const tokens = [];
    const push = (kind, start, end) => tokens.push({ kind, start, end, text: sql.slice(start, end) });
    let i = 0;
    while (i < sql.length) {
        const ch = sql[i];
        const next = sql[i + 1];
        if (/\s/.test(ch)) {
            let j = i + 1;
            while (j < sql.length && /\s/.test(sql[j]))
                j++;
            push("space", i, j);
            i = j;
        }
        else if (ch === "-" && next === "-") {
            const nl = sql.indexOf("\n", i);
            const j = nl === -1 ? sql.length : nl;
            push("comment", i, j);
            i = j;
        }
        else if (ch === "/" && next === "*") {
            const j = scanBlockComment(sql, i);
            push("comment", i, j);
            i = j;
        }
        else if (ch === "'") {
            const j = scanQuoted(sql, i, "'", false);
            push("string", i, j);
            i = j;
        }
        else if (ch === '"') {
            const j = scanQuoted(sql, i, '"', false);
            push("quotedIdent", i, j);
            i = j;
        }
        else if (ch === "$") {
            if (next !== undefined && /[0-9]/.test(next)) {
                let j = i + 1;
                while (j < sql.length && /[0-9]/.test(sql[j]))
                    j++;
                push("param", i, j);
                i = j;
                continue;
            }
            TAG_RE.lastIndex = i;
            const m = TAG_RE.exec(sql);
            if (m) {
                const tag = m[0];
                const close = sql.indexOf(tag, i + tag.length);
                const j = close === -1 ? sql.length : close + tag.length;
                push("dollarString", i, j);
                i = j;
            }
            else {
                push("other", i, i + 1);
                i++;
            }
        }
        else if (WORD_START.test(ch)) {
            let j = i + 1;
            while (j < sql.length && WORD_CHAR.test(sql[j]))
                j++;
            const word = sql.slice(i, j);
            if (sql[j] === "'" && (word === "E" || word === "e")) {
                const end = scanQuoted(sql, j, "'", true);
                push("string", i, end);
                i = end;
            }
            else if (sql[j] === "'" && /^(?:[BbXxNn])$/.test(word)) {
                const end = scanQuoted(sql, j, "'", false);
                push("string", i, end);
                i = end;
            }
            else if ((word === "U" || word === "u") && sql[j] === "&" && (sql[j + 1] === "'" || sql[j + 1] === '"')) {
                const q = sql[j + 1];
                const end = scanQuoted(sql, j + 1, q, false);
                push(q === "'" ? "string" : "quotedIdent", i, end);
                i = end;
            }
            else {
                push("word", i, j);
                i = j;
            }
        }
        else if (ch === ";") {
            push("semicolon", i, i + 1);
            i++;
        }
        else if (/[0-9]/.test(ch)) {
            let j = i + 1;
            while (j < sql.length && /[0-9A-Za-z_.]/.test(sql[j]))
                j++;
            push("other", i, j);
            i = j;
        }
        else {
            push("other", i, i + 1);
            i++;
        }
    }
    return tokens;
}
function isCode(t) {
    return t.kind !== "space" && t.kind !== "comment";
}
/**
 * Splits a script into statements at top-level semicolons. Semicolons inside
 * literals, comments, dollar quotes and SQL-standard `BEGIN ATOMIC ... END`
 * function bodies do not split. Empty statements are dropped.
 */
export function splitSqlStatements(sql) {
    const out = [];
    let current = [];
    let atomicDepth = 0;
    const flush = (end) => {
        if (current.length > 0) {
            const first = current[0];
            const last = current[current.length - 1];
            out.push({ text: sql.slice(first.start, last.end), start: first.start, end, tokens: current });
        }
        current = [];
    };
    for (const token of scanSql(sql)) {
        if (!isCode(token))
            continue;
        if (token.kind === "semicolon" && atomicDepth === 0) {
            flush(token.end);
            continue;
        }
        if (token.kind === "word") {
            const w = token.text.toUpperCase();
            const prev = current[current.length - 1];
            if (w === "ATOMIC" && prev?.kind === "word" && prev.text.toUpperCase() === "BEGIN" && current[0]?.text.toUpperCase() === "CREATE")
                atomicDepth++;
            else if (atomicDepth > 0 && w === "CASE")
                atomicDepth++;
            else if (atomicDepth > 0 && w === "END")
                atomicDepth--;
        }
        current.push(token);
    }
    flush(sql.length);
    return out;
}
/** The first `n` keywords of a statement, upper-cased (stops at the first non-word token). */
export function leadingWords(statement, n) {
    const words = [];
    for (const t of statement.tokens) {
        if (t.kind !== "word" || words.length >= n)
            break;
        words.push(t.text.toUpperCase());
    }
    return words;
}
