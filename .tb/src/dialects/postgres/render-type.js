import { qualify } from "./quote.js";
function withPrecision(base, precision) {
    return precision === undefined ? base : `${base}(${precision})`;
}
/** A column type as PostgreSQL DDL: `VARCHAR(255)`, `NUMERIC(10, 2)`, `TEXT[]`, `"mood"`. */
export function renderColumnType(type) {
    switch (type.kind) {
        case "integer":
            return "INTEGER";
        case "bigint":
            return "BIGINT";
        case "smallint":
            return "SMALLINT";
        case "serial":
            return "SERIAL";
        case "bigserial":
            return "BIGSERIAL";
        case "smallserial":
            return "SMALLSERIAL";
        case "boolean":
            return "BOOLEAN";
        case "text":
            return "TEXT";
        case "varchar":
            return withPrecision("VARCHAR", type.length);
        case "char":
            return withPrecision("CHAR", type.length);
        case "numeric":
            if (type.precision === undefined)
                return "NUMERIC";
            return type.scale === undefined ? `NUMERIC(${type.precision})` : `NUMERIC(${type.precision}, ${type.scale})`;
        case "real":
            return "REAL";
        case "double":
            return "DOUBLE PRECISION";
        case "date":
            return "DATE";
        case "time":
            return `${withPrecision("TIME", type.precision)}${type.withTimeZone ? " WITH TIME ZONE" : ""}`;
        case "timestamp":
            return withPrecision("TIMESTAMP", type.precision);
        case "timestamptz":
            return withPrecision("TIMESTAMPTZ", type.precision);
        case "interval":
            return "INTERVAL";
        case "uuid":
            return "UUID";
        case "json":
            return "JSON";
        case "jsonb":
            return "JSONB";
        case "bytea":
            return "BYTEA";
        case "inet":
            return "INET";
        case "array":
            return `${renderColumnType(type.of)}[]`;
        case "enum":
            return qualify(type.name, type.schema);
        case "raw":
            return type.sql.trim();
    }
}
