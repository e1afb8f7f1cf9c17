/** Serial kinds map to the integer type they create. */
export function serialBase(type) {
    switch (type.kind) {
        case "serial":
            return { kind: "integer" };
        case "bigserial":
            return { kind: "bigint" };
        case "smallserial":
            return { kind: "smallint" };
        default:
            return null;
    }
}
/** A short human description: `varchar(255)`, `timestamptz`, `mood[]`. */
export function describeType(type) {
    switch (type.kind) {
        case "varchar":
        case "char":
            return type.length === undefined ? type.kind : `${type.kind}(${type.length})`;
        case "numeric":
            if (type.precision === undefined)
                return "numeric";
            return type.scale === undefined ? `numeric(${type.precision})` : `numeric(${type.precision},${type.scale})`;
        case "time":
            return `time${type.precision === undefined ? "" : `(${type.precision})`}${type.withTimeZone ? " with time zone" : ""}`;
        case "timestamp":
        case "timestamptz":
            return `${type.kind}${type.precision === undefined ? "" : `(${type.precision})`}`;
        case "array":
            return `${describeType(type.of)}[]`;
        case "enum":
            return type.schema ? `${type.schema}.${type.name}` : type.name;
        case "raw":
            return type.sql;
        default:
            return type.kind;
    }
}
/**
 * True when changing `from` to `to` may lose data or fail on existing rows
 * (shorter varchar, smaller numeric, a different family).
 */
export function isNarrowing(from, to) {
    if (from.kind === "varchar" && (to.kind === "varchar" || to.kind === "text")) {
        if (to.kind === "text" || to.length === undefined)
            return false;
        return from.length === undefined || to.length < from.length;
    }
    if (from.kind === "char" && (to.kind === "varchar" || to.kind === "text"))
        return false;
    if ((from.kind === "varchar" || from.kind === "char") && to.kind === "char")
        return true;
    if (from.kind === "text" && to.kind === "varchar")
        return to.length !== undefined;
    if (from.kind === "smallint" && (to.kind === "integer" || to.kind === "bigint" || to.kind === "numeric"))
        return false;
    if (from.kind === "integer" && (to.kind === "bigint" || to.kind === "numeric"))
        return false;
    if (from.kind === "numeric" && to.kind === "numeric") {
        if (to.precision === undefined)
            return false;
        if (from.precision === undefined)
            return true;
        const fs = from.scale ?? 0;
        const ts = to.scale ?? 0;
        return to.precision - ts < from.precision - fs || ts < fs;
    }
    if (from.kind === "real" && to.kind === "double")
        return false;
    if ((from.kind === "timestamp" || from.kind === "timestamptz") && (to.kind === "timestamp" || to.kind === "timestamptz")) {
        return (to.precision ?? 6) < (from.precision ?? 6);
    }
    if (from.kind === "json" && to.kind === "jsonb")
        return false;
    return true;
}
