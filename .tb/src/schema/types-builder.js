function precisionOf(arg) {
    return typeof arg === "number" ? arg : arg?.precision;
}
function timestamp(arg) {
    const kind = typeof arg === "object" && arg.withTimeZone ? "timestamptz" : "timestamp";
    return withPrecision(kind, arg);
}
function enumType(name, valuesOrOptions) {
    const options = isStringArray(valuesOrOptions) ? { values: valuesOrOptions } : valuesOrOptions;
    const e = { kind: "enum", name };
    if (options?.schema !== undefined)
        e.schema = options.schema;
    if (options?.values !== undefined)
        e.values = [...options.values];
    return e;
}
function isStringArray(x) {
    return Array.isArray(x);
}
function withPrecision(kind, arg) {
    const precision = precisionOf(arg);
    return precision === undefined ? { kind } : { kind, precision };
}
export const t = {
    // Portable core.
    smallint: () => ({ kind: "smallint" }),
    integer: () => ({ kind: "integer" }),
    bigint: () => ({ kind: "bigint" }),
    boolean: () => ({ kind: "boolean" }),
    text: () => ({ kind: "text" }),
    /** `t.varchar(255)`; without a length it is PostgreSQL's unbounded `varchar` (not portable: MySQL needs a length). */
    varchar: (length) => (length === undefined ? { kind: "varchar" } : { kind: "varchar", length }),
    char: (length) => (length === undefined ? { kind: "char" } : { kind: "char", length }),
    numeric: (precision, scale) => {
        if (precision === undefined)
            return { kind: "numeric" };
        return scale === undefined ? { kind: "numeric", precision } : { kind: "numeric", precision, scale };
    },
    /** 4-byte float. */
    real: () => ({ kind: "real" }),
    /** 8-byte float. */
    double: () => ({ kind: "double" }),
    date: () => ({ kind: "date" }),
    /** `t.time()`, `t.time(3)`, `t.time({ precision: 3 })`; `{ withTimeZone: true }` is PostgreSQL-only (`timetz`). */
    time: (options) => {
        const base = withPrecision("time", options);
        if (typeof options === "object" && options.withTimeZone)
            base.withTimeZone = true;
        return base;
    },
    /** `t.timestamp()`, `t.timestamp(3)`; `t.timestamp({ withTimeZone: true, precision: 3 })` is `t.timestamptz(3)`. */
    timestamp: timestamp,
    /** `t.timestamp({ withTimeZone: true })`. */
    timestamptz: (precision) => withPrecision("timestamptz", precision),
    uuid: () => ({ kind: "uuid" }),
    /** JSON: PostgreSQL `json` (text kept as written), MySQL `JSON`, SQLite text. On PostgreSQL, `pg.jsonb()` is usually what you want. */
    json: () => ({ kind: "json" }),
    /** Binary data: PostgreSQL `bytea`, MySQL `LONGBLOB`, SQLite `BLOB`. */
    binary: () => ({ kind: "bytea" }),
    /**
     * An enum. Portable with its values inline: `t.enum("mood", ["sad", "happy"])` (PostgreSQL: the named type,
     * created from the models by autogenerate or with `op.createEnum`). The reference form `t.enum("mood")`
     * (or with `{ schema, values }`) names an existing PostgreSQL enum type.
     */
    enum: enumType,
    /** Raw type text, rendered verbatim: `t.sql("citext")`, `t.sql("geometry(Point, 4326)")`. Not portable. */
    sql: (text) => ({ kind: "raw", sql: text }),
    // PostgreSQL-only, kept for revision files written before the `pg` namespace: same objects as `pg.*`.
    /** Prefer `t.binary()`. */
    bytea: () => ({ kind: "bytea" }),
    /** PostgreSQL-only: prefer `pg.serial()`, or portably `t.integer()` with `identity`. */
    serial: () => ({ kind: "serial" }),
    /** PostgreSQL-only: prefer `pg.bigserial()`, or portably `t.bigint()` with `identity`. */
    bigserial: () => ({ kind: "bigserial" }),
    /** PostgreSQL-only: prefer `pg.smallserial()`, or portably `t.smallint()` with `identity`. */
    smallserial: () => ({ kind: "smallserial" }),
    /** PostgreSQL-only: prefer `pg.interval()`. */
    interval: () => ({ kind: "interval" }),
    /** PostgreSQL-only: prefer `pg.jsonb()`. */
    jsonb: () => ({ kind: "jsonb" }),
    /** PostgreSQL-only: prefer `pg.inet()`. */
    inet: () => ({ kind: "inet" }),
    /** PostgreSQL-only: prefer `pg.array(...)`. */
    array: (of) => ({ kind: "array", of }),
};
