import { plainString } from "./literal.js";
function raw(sql) {
    return { kind: "raw", sql, dialect: "mysql" };
}
function positive(n, what, max) {
    if (!Number.isInteger(n) || n < 0 || n > max)
        throw new RangeError(`${what} must be an integer from 0 to ${max}, not ${n}`);
    return n;
}
function integer(name) {
    return (options) => {
        let sql = name;
        if (options?.width !== undefined)
            sql += `(${positive(options.width, `mysql.${name.toLowerCase()} width`, 255)})`;
        if (options?.unsigned)
            sql += " UNSIGNED";
        if (options?.zerofill)
            sql += " ZEROFILL";
        return raw(sql);
    };
}
function withFsp(name) {
    return (fsp) => raw(fsp === undefined ? name : `${name}(${positive(fsp, `mysql.${name.toLowerCase()} fractional-second precision`, 6)})`);
}
function labels(name, values) {
    if (!Array.isArray(values) || values.length === 0)
        throw new RangeError(`mysql.${name.toLowerCase()} needs at least one value`);
    return raw(`${name}(${values.map(plainString).join(", ")})`);
}
function unsignedSuffix(options) {
    return options?.unsigned ? " UNSIGNED" : "";
}
export const mysql = {
    tinyint: integer("TINYINT"),
    smallint: integer("SMALLINT"),
    mediumint: integer("MEDIUMINT"),
    int: integer("INT"),
    bigint: integer("BIGINT"),
    /** `DECIMAL(p, s)`, optionally unsigned. */
    decimal: (precision, scale = 0, options) => raw(`DECIMAL(${positive(precision, "mysql.decimal precision", 65)}, ${positive(scale, "mysql.decimal scale", 30)})${unsignedSuffix(options)}`),
    float: (options) => raw(`FLOAT${unsignedSuffix(options)}`),
    double: (options) => raw(`DOUBLE${unsignedSuffix(options)}`),
    bit: (length = 1) => raw(`BIT(${positive(length, "mysql.bit length", 64)})`),
    year: () => raw("YEAR"),
    /** `DATETIME(fsp)`: what `t.timestamp(fsp)` is too. */
    datetime: withFsp("DATETIME"),
    /** `TIMESTAMP(fsp)`: stored in UTC, converted from and to the session's time zone; range 1970-2038. */
    timestamp: withFsp("TIMESTAMP"),
    time: withFsp("TIME"),
    tinytext: () => raw("TINYTEXT"),
    mediumtext: () => raw("MEDIUMTEXT"),
    longtext: () => raw("LONGTEXT"),
    tinyblob: () => raw("TINYBLOB"),
    blob: () => raw("BLOB"),
    mediumblob: () => raw("MEDIUMBLOB"),
    longblob: () => raw("LONGBLOB"),
    binary: (length) => raw(`BINARY(${positive(length, "mysql.binary length", 255)})`),
    varbinary: (length) => raw(`VARBINARY(${positive(length, "mysql.varbinary length", 65535)})`),
    /** `ENUM(...)` by its labels alone (portably: `t.enum(name, values)`). */
    enum: (values) => labels("ENUM", values),
    /** `SET('a', 'b')`: any combination of the labels. */
    set: (values) => labels("SET", values),
    geometry: () => raw("GEOMETRY"),
    point: () => raw("POINT"),
    linestring: () => raw("LINESTRING"),
    polygon: () => raw("POLYGON"),
};
