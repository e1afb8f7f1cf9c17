/**
 * `mysql`: MySQL/MariaDB-only column types, e.g. `mysql.int({ unsigned: true })`,
 * `mysql.tinyint()`, `mysql.mediumtext()`, `mysql.set(["a", "b"])`,
 * `mysql.datetime(3)`. The portable types are on `t`. Each is raw type text
 * tagged with the dialect: other dialects refuse it, naming a portable type.
 */
import type { RawType } from "../../schema/column-type.js";
import { plainString } from "./literal.js";

export interface MysqlIntegerOptions {
  readonly unsigned?: boolean;
  /** Display width (deprecated by MySQL 8.0.17; `tinyint(1)` is how MySQL writes booleans). */
  readonly width?: number;
  readonly zerofill?: boolean;
}

export interface MysqlNumberOptions {
  readonly unsigned?: boolean;
}

function raw(sql: string): RawType {
  return { kind: "raw", sql, dialect: "mysql" };
}

function positive(n: number, what: string, max: number): number {
  if (!Number.isInteger(n) || n < 0 || n > max) throw new RangeError(`${what} must be an integer from 0 to ${max}, not ${n}`);
  return n;
}

function integer(name: string): (options?: MysqlIntegerOptions) => RawType {
  return (options) => {
    let sql = name;
    if (options?.width !== undefined) sql += `(${positive(options.width, `mysql.${name.toLowerCase()} width`, 255)})`;
    if (options?.unsigned) sql += " UNSIGNED";
    if (options?.zerofill) sql += " ZEROFILL";
    return raw(sql);
  };
}

function withFsp(name: string): (fsp?: number) => RawType {
  return (fsp) => raw(fsp === undefined ? name : `${name}(${positive(fsp, `mysql.${name.toLowerCase()} fractional-second precision`, 6)})`);
}

function labels(name: string, values: readonly string[]): RawType {
  if (!Array.isArray(values) || values.length === 0) throw new RangeError(`mysql.${name.toLowerCase()} needs at least one value`);
  const trailing = values.find((v) => typeof v === "string" && v.endsWith(" "));
  if (trailing !== undefined)
    throw new RangeError(`mysql.${name.toLowerCase()} label ${JSON.stringify(trailing)} ends with a space, which MySQL strips (it would be stored as ${JSON.stringify(trailing.replace(/ +$/, ""))})`);
  return raw(`${name}(${values.map(plainString).join(", ")})`);
}

function unsignedSuffix(options?: MysqlNumberOptions): string {
  return options?.unsigned ? " UNSIGNED" : "";
}

export const mysql = {
  tinyint: integer("TINYINT"),
  smallint: integer("SMALLINT"),
  mediumint: integer("MEDIUMINT"),
  int: integer("INT"),
  bigint: integer("BIGINT"),
  /** `DECIMAL(p, s)`, optionally unsigned. */
  decimal: (precision: number, scale = 0, options?: MysqlNumberOptions): RawType =>
    raw(`DECIMAL(${positive(precision, "mysql.decimal precision", 65)}, ${positive(scale, "mysql.decimal scale", 30)})${unsignedSuffix(options)}`),
  float: (options?: MysqlNumberOptions): RawType => raw(`FLOAT${unsignedSuffix(options)}`),
  double: (options?: MysqlNumberOptions): RawType => raw(`DOUBLE${unsignedSuffix(options)}`),
  bit: (length = 1): RawType => raw(`BIT(${positive(length, "mysql.bit length", 64)})`),
  year: (): RawType => raw("YEAR"),
  /** `DATETIME(fsp)`: what `t.timestamp(fsp)` is too. */
  datetime: withFsp("DATETIME"),
  /** `TIMESTAMP(fsp)`: stored in UTC, converted from and to the session's time zone; range 1970-2038. */
  timestamp: withFsp("TIMESTAMP"),
  time: withFsp("TIME"),
  tinytext: (): RawType => raw("TINYTEXT"),
  mediumtext: (): RawType => raw("MEDIUMTEXT"),
  longtext: (): RawType => raw("LONGTEXT"),
  tinyblob: (): RawType => raw("TINYBLOB"),
  blob: (): RawType => raw("BLOB"),
  mediumblob: (): RawType => raw("MEDIUMBLOB"),
  longblob: (): RawType => raw("LONGBLOB"),
  binary: (length: number): RawType => raw(`BINARY(${positive(length, "mysql.binary length", 255)})`),
  varbinary: (length: number): RawType => raw(`VARBINARY(${positive(length, "mysql.varbinary length", 65535)})`),
  /** `ENUM(...)` by its labels alone (portably: `t.enum(name, values)`). */
  enum: (values: readonly string[]): RawType => labels("ENUM", values),
  /** `SET('a', 'b')`: any combination of the labels. */
  set: (values: readonly string[]): RawType => labels("SET", values),
  geometry: (): RawType => raw("GEOMETRY"),
  point: (): RawType => raw("POINT"),
  linestring: (): RawType => raw("LINESTRING"),
  polygon: (): RawType => raw("POLYGON"),
} as const;

export type MysqlTypeBuilders = typeof mysql;
