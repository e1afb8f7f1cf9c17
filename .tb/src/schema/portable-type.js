/**
 * True for the portable core: integers by size, text, bounded varchar/char,
 * boolean, numeric, real/double, date, time without time zone, timestamp with
 * or without time zone, uuid, json, binary, and an enum with its values.
 * Identity (auto-increment) is a column property, not a type.
 */
export function isPortableType(type) {
    switch (type.kind) {
        case "smallint":
        case "integer":
        case "bigint":
        case "boolean":
        case "text":
        case "numeric":
        case "real":
        case "double":
        case "date":
        case "timestamp":
        case "timestamptz":
        case "uuid":
        case "json":
        case "bytea":
            return true;
        case "varchar":
        case "char":
            return type.length !== undefined;
        case "time":
            return !type.withTimeZone;
        case "enum":
            return type.values !== undefined && type.values.length > 0 && type.schema === undefined;
        default:
            return false;
    }
}
/** The portable type (or column property) to use instead of a non-portable one, as a phrase: `t.json()`. */
export function portableAlternative(type) {
    switch (type.kind) {
        case "serial":
            return "t.integer() with identity";
        case "bigserial":
            return "t.bigint() with identity";
        case "smallserial":
            return "t.smallint() with identity";
        case "jsonb":
        case "array":
            return "t.json()";
        case "inet":
            return "t.varchar(45)";
        case "raw":
            return type.dialect === undefined ? "a portable t.* type" : "a portable t.* type, or t.sql() with this database's type text";
        case "interval":
            return "t.bigint() holding a count of seconds, or t.varchar() holding ISO 8601 text";
        case "varchar":
        case "char":
            return `t.${type.kind}(n) with a length, or t.text()`;
        case "time":
            return "t.time() (without time zone)";
        case "enum":
            return `t.enum(${JSON.stringify(type.name)}, [...values]) with its values${type.schema === undefined ? "" : ", without a schema"}`;
        default:
            return "a portable t.* type";
    }
}
