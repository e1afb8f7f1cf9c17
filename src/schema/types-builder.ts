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
import type {
  ArrayType,
  BigintType,
  BigserialType,
  BooleanType,
  ByteaType,
  CharType,
  ColumnType,
  DateType,
  DoubleType,
  EnumType,
  InetType,
  IntegerType,
  IntervalType,
  JsonbType,
  JsonType,
  NumericType,
  RawType,
  RealType,
  SerialType,
  SmallintType,
  SmallserialType,
  TextType,
  TimestampType,
  TimestamptzType,
  TimeType,
  UuidType,
  VarcharType,
} from "./column-type.js";

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

function precisionOf(arg: PrecisionArg | undefined): number | undefined {
  return typeof arg === "number" ? arg : arg?.precision;
}

function timestamp(arg?: number | TimestampOptions): TimestampType | TimestamptzType {
  const kind = typeof arg === "object" && arg.withTimeZone ? "timestamptz" : "timestamp";
  return withPrecision(kind, arg);
}

function enumType(name: string, valuesOrOptions?: readonly string[] | EnumOptions): EnumType {
  const options: EnumOptions | undefined = isStringArray(valuesOrOptions) ? { values: valuesOrOptions } : valuesOrOptions;
  const e: { kind: "enum"; name: string; schema?: string; values?: readonly string[] } = { kind: "enum", name };
  if (options?.schema !== undefined) e.schema = options.schema;
  if (options?.values !== undefined) e.values = [...options.values];
  return e;
}

function isStringArray(x: readonly string[] | EnumOptions | undefined): x is readonly string[] {
  return Array.isArray(x);
}

function withPrecision<K extends string>(kind: K, arg?: PrecisionArg): { kind: K; precision?: number } {
  const precision = precisionOf(arg);
  return precision === undefined ? { kind } : { kind, precision };
}

export const t = {
  // Portable core.
  smallint: (): SmallintType => ({ kind: "smallint" }),
  integer: (): IntegerType => ({ kind: "integer" }),
  bigint: (): BigintType => ({ kind: "bigint" }),
  boolean: (): BooleanType => ({ kind: "boolean" }),
  text: (): TextType => ({ kind: "text" }),
  /** `t.varchar(255)`; without a length it is PostgreSQL's unbounded `varchar` (not portable: MySQL needs a length). */
  varchar: (length?: number): VarcharType => (length === undefined ? { kind: "varchar" } : { kind: "varchar", length }),
  char: (length?: number): CharType => (length === undefined ? { kind: "char" } : { kind: "char", length }),
  numeric: (precision?: number, scale?: number): NumericType => {
    if (precision === undefined) return { kind: "numeric" };
    return scale === undefined ? { kind: "numeric", precision } : { kind: "numeric", precision, scale };
  },
  /** 4-byte float. */
  real: (): RealType => ({ kind: "real" }),
  /** 8-byte float. */
  double: (): DoubleType => ({ kind: "double" }),
  date: (): DateType => ({ kind: "date" }),
  /** `t.time()`, `t.time(3)`, `t.time({ precision: 3 })`; `{ withTimeZone: true }` is PostgreSQL-only (`timetz`). */
  time: (options?: number | TimeOptions): TimeType => {
    const base: { kind: "time"; precision?: number; withTimeZone?: boolean } = withPrecision("time", options);
    if (typeof options === "object" && options.withTimeZone) base.withTimeZone = true;
    return base;
  },
  /** `t.timestamp()`, `t.timestamp(3)`; `t.timestamp({ withTimeZone: true, precision: 3 })` is `t.timestamptz(3)`. */
  timestamp: timestamp as {
    (options: TimestampOptions<true>): TimestamptzType;
    (precision?: number | TimestampOptions<false>): TimestampType;
    (options?: number | TimestampOptions): TimestampType | TimestamptzType;
  },
  /** `t.timestamp({ withTimeZone: true })`. */
  timestamptz: (precision?: PrecisionArg): TimestamptzType => withPrecision("timestamptz", precision),
  uuid: (): UuidType => ({ kind: "uuid" }),
  /** JSON: PostgreSQL `json` (text kept as written), MySQL `JSON`, SQLite text. On PostgreSQL, `pg.jsonb()` is usually what you want. */
  json: (): JsonType => ({ kind: "json" }),
  /** Binary data: PostgreSQL `bytea`, MySQL `LONGBLOB`, SQLite `BLOB`. */
  binary: (): ByteaType => ({ kind: "bytea" }),
  /**
   * An enum. Portable with its values inline: `t.enum("mood", ["sad", "happy"])` (PostgreSQL: the named type,
   * created from the models by autogenerate or with `op.createEnum`). The reference form `t.enum("mood")`
   * (or with `{ schema, values }`) names an existing PostgreSQL enum type.
   */
  enum: enumType,
  /** Raw type text, rendered verbatim: `t.sql("citext")`, `t.sql("geometry(Point, 4326)")`. Not portable. */
  sql: (text: string): RawType => ({ kind: "raw", sql: text }),

  // PostgreSQL-only, kept for revision files written before the `pg` namespace: same objects as `pg.*`.
  /** Prefer `t.binary()`. */
  bytea: (): ByteaType => ({ kind: "bytea" }),
  /** PostgreSQL-only: prefer `pg.serial()`, or portably `t.integer()` with `identity`. */
  serial: (): SerialType => ({ kind: "serial" }),
  /** PostgreSQL-only: prefer `pg.bigserial()`, or portably `t.bigint()` with `identity`. */
  bigserial: (): BigserialType => ({ kind: "bigserial" }),
  /** PostgreSQL-only: prefer `pg.smallserial()`, or portably `t.smallint()` with `identity`. */
  smallserial: (): SmallserialType => ({ kind: "smallserial" }),
  /** PostgreSQL-only: prefer `pg.interval()`. */
  interval: (): IntervalType => ({ kind: "interval" }),
  /** PostgreSQL-only: prefer `pg.jsonb()`. */
  jsonb: (): JsonbType => ({ kind: "jsonb" }),
  /** PostgreSQL-only: prefer `pg.inet()`. */
  inet: (): InetType => ({ kind: "inet" }),
  /** PostgreSQL-only: prefer `pg.array(...)`. */
  array: <T extends ColumnType>(of: T): ArrayType & { readonly of: T } => ({ kind: "array", of }),
} as const;

export type TypeBuilders = typeof t;
