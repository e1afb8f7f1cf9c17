function precisionOf(arg) {
    return typeof arg === "number" ? arg : arg?.precision;
}
function withPrecision(kind, arg) {
    const precision = precisionOf(arg);
    return precision === undefined ? { kind } : { kind, precision };
}
export const t = {
    integer: () => ({ kind: "integer" }),
    bigint: () => ({ kind: "bigint" }),
    smallint: () => ({ kind: "smallint" }),
    serial: () => ({ kind: "serial" }),
    bigserial: () => ({ kind: "bigserial" }),
    smallserial: () => ({ kind: "smallserial" }),
    boolean: () => ({ kind: "boolean" }),
    text: () => ({ kind: "text" }),
    varchar: (length) => (length === undefined ? { kind: "varchar" } : { kind: "varchar", length }),
    char: (length) => (length === undefined ? { kind: "char" } : { kind: "char", length }),
    numeric: (precision, scale) => {
        if (precision === undefined)
            return { kind: "numeric" };
        return scale === undefined ? { kind: "numeric", precision } : { kind: "numeric", precision, scale };
    },
    real: () => ({ kind: "real" }),
    double: () => ({ kind: "double" }),
    date: () => ({ kind: "date" }),
    time: (options) => {
        const base = withPrecision("time", options);
        if (typeof options === "object" && options.withTimeZone)
            base.withTimeZone = true;
        return base;
    },
    timestamp: (precision) => withPrecision("timestamp", precision),
    timestamptz: (precision) => withPrecision("timestamptz", precision),
    interval: () => ({ kind: "interval" }),
    uuid: () => ({ kind: "uuid" }),
    json: () => ({ kind: "json" }),
    jsonb: () => ({ kind: "jsonb" }),
    bytea: () => ({ kind: "bytea" }),
    inet: () => ({ kind: "inet" }),
    array: (of) => ({ kind: "array", of }),
    enum: (name, options) => {
        const e = { kind: "enum", name };
        if (options?.schema !== undefined)
            e.schema = options.schema;
        if (options?.values !== undefined)
            e.values = [...options.values];
        return e;
    },
    /** Raw type text, rendered verbatim: `t.sql("citext")`, `t.sql("geometry(Point, 4326)")`. */
    sql: (text) => ({ kind: "raw", sql: text }),
};
