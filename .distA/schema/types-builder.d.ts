/**
 * `t`: typed builders for the portable column types, the ones that mean the
 * same on PostgreSQL, MySQL/MariaDB and SQLite (see portable-type.ts).
 * `t.varchar(255)` returns `{ kind: "varchar", length: 255 }`; the precise
 * return types let a model DSL map column types to TypeScript types later.
 *
 * PostgreSQL-only types live in the `pg` namespace (`pg.jsonb()`,
 * `pg.inet()`, `pg.array(...)`, `pg.serial()`); the same builders remain on
 * `t` (`t.jsonb()`…) as aliases, so revision files written before keep
 * producing the same objects and the same SQL.
 */
import type { ArrayType, BigintType, BigserialType, BooleanType, ByteaType, CharType, ColumnType, DateType, DoubleType, EnumType, InetType, IntegerType, IntervalType, JsonbType, JsonType, NumericType, RawType, RealType, SerialType, SmallintType, SmallserialType, TextType, TimestampType, TimestamptzType, TimeType, UuidType, VarcharType } from "./column-type.js";
export interface PrecisionOptions {
    /** Fractional-second digits (0-6). */
    readonly precision?: number;
}
export interface TimeOptions extends PrecisionOptions {
    readonly withTimeZone?: boolean;
}
/** `t.timestamp({ withTimeZone: true })` is `t.timestamptz()`. */
export interface TimestampOptions<Z extends boolean = boolean> extends PrecisionOptions {
    readonly withTimeZone?: Z;
}
export interface EnumOptions {
    readonly schema?: string;
    readonly values?: readonly string[];
}
/** Fractional-second precision as a number (`t.timestamptz(3)`) or options (`t.timestamptz({ precision: 3 })`). */
export type PrecisionArg = number | PrecisionOptions;
declare function enumType(name: string, valuesOrOptions?: readonly string[] | EnumOptions): EnumType;
export declare const t: {
    readonly smallint: () => SmallintType;
    readonly integer: () => IntegerType;
    readonly bigint: () => BigintType;
    readonly boolean: () => BooleanType;
    readonly text: () => TextType;
    /** `t.varchar(255)`; without a length it is PostgreSQL's unbounded `varchar` (not portable: MySQL needs a length). */
    readonly varchar: (length?: number) => VarcharType;
    readonly char: (length?: number) => CharType;
    readonly numeric: (precision?: number, scale?: number) => NumericType;
    /** 4-byte float. */
    readonly real: () => RealType;
    /** 8-byte float. */
    readonly double: () => DoubleType;
    readonly date: () => DateType;
    /** `t.time()`, `t.time(3)`, `t.time({ precision: 3 })`; `{ withTimeZone: true }` is PostgreSQL-only (`timetz`). */
    readonly time: (options?: number | TimeOptions) => TimeType;
    /** `t.timestamp()`, `t.timestamp(3)`; `t.timestamp({ withTimeZone: true, precision: 3 })` is `t.timestamptz(3)`. */
    readonly timestamp: {
        (options: TimestampOptions<true>): TimestamptzType;
        (precision?: number | TimestampOptions<false>): TimestampType;
        (options?: number | TimestampOptions): TimestampType | TimestamptzType;
    };
    /** `t.timestamp({ withTimeZone: true })`. */
    readonly timestamptz: (precision?: PrecisionArg) => TimestamptzType;
    readonly uuid: () => UuidType;
    /** JSON: PostgreSQL `json` (text kept as written), MySQL `JSON`, SQLite text. On PostgreSQL, `pg.jsonb()` is usually what you want. */
    readonly json: () => JsonType;
    /** Binary data: PostgreSQL `bytea`, MySQL `LONGBLOB`, SQLite `BLOB`. */
    readonly binary: () => ByteaType;
    /**
     * An enum. Portable with its values inline: `t.enum("mood", ["sad", "happy"])` (PostgreSQL: the named type,
     * created from the models by autogenerate or with `op.createEnum`). The reference form `t.enum("mood")`
     * (or with `{ schema, values }`) names an existing PostgreSQL enum type.
     */
    readonly enum: typeof enumType;
    /** Raw type text, rendered verbatim: `t.sql("citext")`, `t.sql("geometry(Point, 4326)")`. Not portable. */
    readonly sql: (text: string) => RawType;
    /** Prefer `t.binary()`. */
    readonly bytea: () => ByteaType;
    /** PostgreSQL-only: prefer `pg.serial()`, or portably `t.integer()` with `identity`. */
    readonly serial: () => SerialType;
    /** PostgreSQL-only: prefer `pg.bigserial()`, or portably `t.bigint()` with `identity`. */
    readonly bigserial: () => BigserialType;
    /** PostgreSQL-only: prefer `pg.smallserial()`, or portably `t.smallint()` with `identity`. */
    readonly smallserial: () => SmallserialType;
    /** PostgreSQL-only: prefer `pg.interval()`. */
    readonly interval: () => IntervalType;
    /** PostgreSQL-only: prefer `pg.jsonb()`. */
    readonly jsonb: () => JsonbType;
    /** PostgreSQL-only: prefer `pg.inet()`. */
    readonly inet: () => InetType;
    /** PostgreSQL-only: prefer `pg.array(...)`. */
    readonly array: <T extends ColumnType>(of: T) => ArrayType & {
        readonly of: T;
    };
};
export type TypeBuilders = typeof t;
export {};
