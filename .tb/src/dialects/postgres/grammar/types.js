const SIMPLE = {
    integer: { kind: "integer" },
    int: { kind: "integer" },
    int4: { kind: "integer" },
    bigint: { kind: "bigint" },
    int8: { kind: "bigint" },
    smallint: { kind: "smallint" },
    int2: { kind: "smallint" },
    serial: { kind: "serial" },
    serial4: { kind: "serial" },
    bigserial: { kind: "bigserial" },
    serial8: { kind: "bigserial" },
    smallserial: { kind: "smallserial" },
    serial2: { kind: "smallserial" },
    boolean: { kind: "boolean" },
    bool: { kind: "boolean" },
    text: { kind: "text" },
    real: { kind: "real" },
    float4: { kind: "real" },
    "double precision": { kind: "double" },
    float8: { kind: "double" },
    date: { kind: "date" },
    interval: { kind: "interval" },
    uuid: { kind: "uuid" },
    json: { kind: "json" },
    jsonb: { kind: "jsonb" },
    bytea: { kind: "bytea" },
    inet: { kind: "inet" },
};
/** Collapses whitespace and lower-cases outside double quotes. */
export function normaliseTypeText(text) {
    let out = "";
    let quoted = false;
    for (const ch of text.trim()) {
        if (ch === '"')
            quoted = !quoted;
        out += quoted ? ch : ch.toLowerCase();
    }
    return out
        .replace(/\s+/g, " ")
        .replace(/\s*\(\s*/g, "(")
        .replace(/\s*\)/g, ")")
        .replace(/\s*,\s*/g, ",")
        .replace(/\s*\[/g, "[");
}
function args(s) {
    if (s === undefined || s.trim() === "")
        return [];
    return s.split(",").map((x) => Number(x.trim()));
}
/**
 * Parses PostgreSQL type text. Known types become vocabulary kinds; anything
 * else (extension types, enums named in text, `bit(3)`) stays `raw` with
 * normalised text.
 */
export function parseSqlType(text) {
    let s = normaliseTypeText(text);
    if (s.endsWith("[]") || /\[\d*\]$/.test(s)) {
        s = s.replace(/(\[\d*\])+$/, "");
        return { kind: "array", of: parseSqlType(s) };
    }
    if (s.endsWith(" array"))
        return { kind: "array", of: parseSqlType(s.slice(0, -6)) };
    const simple = SIMPLE[s];
    if (simple)
        return simple;
    let m = /^(?:character varying|varchar)(?:\((\d+)\))?$/.exec(s);
    if (m)
        return m[1] === undefined ? { kind: "varchar" } : { kind: "varchar", length: Number(m[1]) };
    m = /^(?:character|char|bpchar)(?:\((\d+)\))?$/.exec(s);
    if (m)
        return m[1] === undefined ? { kind: "char" } : { kind: "char", length: Number(m[1]) };
    m = /^(?:numeric|decimal)(?:\(([-\d,\s]*)\))?$/.exec(s);
    if (m) {
        const [p, sc] = args(m[1]);
        if (p === undefined)
            return { kind: "numeric" };
        return sc === undefined ? { kind: "numeric", precision: p } : { kind: "numeric", precision: p, scale: sc };
    }
    m = /^(timestamp|time)(?:\((\d+)\))?(?: (with|without) time zone)?$/.exec(s);
    if (m) {
        const precision = m[2] === undefined ? undefined : Number(m[2]);
        const tz = m[3] === "with";
        if (m[1] === "time")
            return { kind: "time", ...(precision === undefined ? {} : { precision }), ...(tz ? { withTimeZone: true } : {}) };
        return { kind: tz ? "timestamptz" : "timestamp", ...(precision === undefined ? {} : { precision }) };
    }
    m = /^(timestamptz|timetz)(?:\((\d+)\))?$/.exec(s);
    if (m) {
        const precision = m[2] === undefined ? undefined : Number(m[2]);
        if (m[1] === "timetz")
            return { kind: "time", withTimeZone: true, ...(precision === undefined ? {} : { precision }) };
        return { kind: "timestamptz", ...(precision === undefined ? {} : { precision }) };
    }
    if (s.startsWith("varbit"))
        s = `bit varying${s.slice(6)}`;
    m = /^float(?:\((\d+)\))?$/.exec(s);
    if (m)
        return m[1] !== undefined && Number(m[1]) <= 24 ? { kind: "real" } : { kind: "double" };
    return { kind: "raw", sql: s };
}
/** Strips `"…"` quotes and a leading schema from a raw type's text, for comparing with an enum name. */
function unqualified(text) {
    const parts = [];
    let cur = "";
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '"') {
            if (quoted && text[i + 1] === '"') {
                cur += '"';
                i++;
                continue;
            }
            quoted = !quoted;
            continue;
        }
        if (ch === "." && !quoted) {
            parts.push(cur);
            cur = "";
            continue;
        }
        cur += ch;
    }
    parts.push(cur);
    const name = parts.pop() ?? "";
    return { schema: parts.length > 0 ? parts.join(".") : null, name };
}
/**
 * The canonical form of a type for comparison: synonyms merged (`t.sql("int4")`
 * is integer), defaults made explicit where PostgreSQL fills them in
 * (`char` is `char(1)`, `numeric(10)` is `numeric(10,0)`), nested arrays
 * flattened (PostgreSQL does not track dimensions), serials as their
 * integer type plus a flag (the sequence default is compared separately).
 */
export function canonicalType(type, defaultSchema) {
    switch (type.kind) {
        case "raw": {
            const parsed = parseSqlType(type.sql);
            if (parsed.kind !== "raw")
                return canonicalType(parsed, defaultSchema);
            return { kind: "raw", sql: stripDefaultSchema(parsed.sql, defaultSchema) };
        }
        case "char":
            return { kind: "char", length: type.length ?? 1 };
        case "numeric":
            if (type.precision === undefined)
                return { kind: "numeric" };
            return { kind: "numeric", precision: type.precision, scale: type.scale ?? 0 };
        case "array": {
            let of = canonicalType(type.of, defaultSchema);
            while (of.kind === "array")
                of = of.of;
            return { kind: "array", of };
        }
        case "enum":
            return { kind: "enum", name: type.name, schema: type.schema ?? defaultSchema };
        case "time":
            return {
                kind: "time",
                ...(type.precision === undefined ? {} : { precision: type.precision }),
                ...(type.withTimeZone ? { withTimeZone: true } : {}),
            };
        default:
            return type;
    }
}
function stripDefaultSchema(text, defaultSchema) {
    const { schema, name } = unqualified(text);
    if (schema === null || schema === defaultSchema)
        return name;
    return `${schema}.${name}`;
}
/** Equality of two canonical types; a raw type matches an enum of the same (qualified) name. */
export function typesEqual(a, b, defaultSchema) {
    if (a.kind === "raw" && b.kind === "enum")
        return enumMatchesRaw(b, a.sql, defaultSchema);
    if (b.kind === "raw" && a.kind === "enum")
        return enumMatchesRaw(a, b.sql, defaultSchema);
    if (a.kind !== b.kind)
        return false;
    switch (a.kind) {
        case "varchar":
            return a.length === b.length;
        case "char":
            return a.length === b.length;
        case "numeric":
            return a.precision === b.precision && a.scale === b.scale;
        case "time":
            return a.precision === b.precision && !!a.withTimeZone === !!b.withTimeZone;
        case "timestamp":
        case "timestamptz":
            return a.precision === b.precision;
        case "array":
            return typesEqual(a.of, b.of, defaultSchema);
        case "enum":
            return a.name === b.name && (a.schema ?? defaultSchema) === (b.schema ?? defaultSchema);
        case "raw":
            return a.sql === b.sql;
        default:
            return true;
    }
}
function enumMatchesRaw(e, raw, defaultSchema) {
    const { schema, name } = unqualified(raw);
    return name === e.name && (schema ?? defaultSchema) === (e.schema ?? defaultSchema);
}
