/**
 * `mysql`: MySQL/MariaDB-only column types, e.g. `mysql.int({ unsigned: true })`,
 * `mysql.tinyint()`, `mysql.mediumtext()`, `mysql.set(["a", "b"])`,
 * `mysql.datetime(3)`. The portable types are on `t`. Each is raw type text
 * tagged with the dialect: other dialects refuse it, naming a portable type.
 */
import type { RawType } from "../../schema/column-type.js";
export interface MysqlIntegerOptions {
    readonly unsigned?: boolean;
    /** Display width (deprecated by MySQL 8.0.17; `tinyint(1)` is how MySQL writes booleans). */
    readonly width?: number;
    readonly zerofill?: boolean;
}
export interface MysqlNumberOptions {
    readonly unsigned?: boolean;
}
export declare const mysql: {
    readonly tinyint: (options?: MysqlIntegerOptions) => RawType;
    readonly smallint: (options?: MysqlIntegerOptions) => RawType;
    readonly mediumint: (options?: MysqlIntegerOptions) => RawType;
    readonly int: (options?: MysqlIntegerOptions) => RawType;
    readonly bigint: (options?: MysqlIntegerOptions) => RawType;
    /** `DECIMAL(p, s)`, optionally unsigned. */
    readonly decimal: (precision: number, scale?: number, options?: MysqlNumberOptions) => RawType;
    readonly float: (options?: MysqlNumberOptions) => RawType;
    readonly double: (options?: MysqlNumberOptions) => RawType;
    readonly bit: (length?: number) => RawType;
    readonly year: () => RawType;
    /** `DATETIME(fsp)`: what `t.timestamp(fsp)` is too. */
    readonly datetime: (fsp?: number) => RawType;
    /** `TIMESTAMP(fsp)`: stored in UTC, converted from and to the session's time zone; range 1970-2038. */
    readonly timestamp: (fsp?: number) => RawType;
    readonly time: (fsp?: number) => RawType;
    readonly tinytext: () => RawType;
    readonly mediumtext: () => RawType;
    readonly longtext: () => RawType;
    readonly tinyblob: () => RawType;
    readonly blob: () => RawType;
    readonly mediumblob: () => RawType;
    readonly longblob: () => RawType;
    readonly binary: (length: number) => RawType;
    readonly varbinary: (length: number) => RawType;
    /** `ENUM(...)` by its labels alone (portably: `t.enum(name, values)`). */
    readonly enum: (values: readonly string[]) => RawType;
    /** `SET('a', 'b')`: any combination of the labels. */
    readonly set: (values: readonly string[]) => RawType;
    readonly geometry: () => RawType;
    readonly point: () => RawType;
    readonly linestring: () => RawType;
    readonly polygon: () => RawType;
};
export type MysqlTypeBuilders = typeof mysql;
