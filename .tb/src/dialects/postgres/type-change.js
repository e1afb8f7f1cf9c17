import { qualify } from "./quote.js";
const STRINGISH = new Set(["text", "varchar", "char"]);
const NUMBERISH = new Set(["smallint", "integer", "bigint", "numeric", "real", "double"]);
/** Does ALTER ... TYPE need a USING cast (no assignment cast from the old type)? */
export function needsUsing(from, to) {
    if (STRINGISH.has(from.kind) && STRINGISH.has(to.kind))
        return false;
    if (NUMBERISH.has(from.kind) && NUMBERISH.has(to.kind))
        return false;
    if ((from.kind === "timestamp" || from.kind === "timestamptz") && (to.kind === "timestamp" || to.kind === "timestamptz"))
        return false;
    if (from.kind === "time" && to.kind === "time")
        return false;
    if (STRINGISH.has(to.kind))
        return false; // anything converts to text by assignment
    if (from.kind === "array" && to.kind === "array")
        return needsUsing(from.of, to.of);
    return true;
}
/** A column type as SQL (for USING casts). */
export function typeSql(type) {
    switch (type.kind) {
        case "varchar":
        case "char":
            return type.length === undefined ? type.kind : `${type.kind}(${type.length})`;
        case "numeric":
            if (type.precision === undefined)
                return "numeric";
            return type.scale === undefined ? `numeric(${type.precision})` : `numeric(${type.precision}, ${type.scale})`;
        case "double":
            return "double precision";
        case "time":
            return `time${type.precision === undefined ? "" : `(${type.precision})`}${type.withTimeZone ? " with time zone" : ""}`;
        case "timestamp":
        case "timestamptz":
            return `${type.kind}${type.precision === undefined ? "" : `(${type.precision})`}`;
        case "array":
            return `${typeSql(type.of)}[]`;
        case "enum":
            return qualify(type.name, type.schema);
        case "raw":
            return type.sql;
        case "serial":
            return "integer";
        case "bigserial":
            return "bigint";
        case "smallserial":
            return "smallint";
        default:
            return type.kind;
    }
}
