/**
 * `t`: typed builders for column types. `t.varchar(255)` returns
 * `{ kind: "varchar", length: 255 }`; the precise return types let a model
 * DSL map column types to TypeScript types later.
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

export interface EnumOptions {
  readonly schema?: string;
  readonly values?: readonly string[];
}

/** Fractional-second precision as a number (`t.timestamptz(3)`) or options (`t.timestamptz({ precision: 3 })`). */
export type PrecisionArg = number | PrecisionOptions;

function precisionOf(arg: PrecisionArg | undefined): number | undefined {
  return typeof arg === "number" ? arg : arg?.precision;
}

function withPrecision<K extends string>(kind: K, arg?: PrecisionArg): { kind: K; precision?: number } {
  const precision = precisionOf(arg);
  return precision === undefined ? { kind } : { kind, precision };
}

export const t = {
  integer: (): IntegerType => ({ kind: "integer" }),
  bigint: (): BigintType => ({ kind: "bigint" }),
  smallint: (): SmallintType => ({ kind: "smallint" }),
  serial: (): SerialType => ({ kind: "serial" }),
  bigserial: (): BigserialType => ({ kind: "bigserial" }),
  smallserial: (): SmallserialType => ({ kind: "smallserial" }),
  boolean: (): BooleanType => ({ kind: "boolean" }),
  text: (): TextType => ({ kind: "text" }),
  varchar: (length?: number): VarcharType => (length === undefined ? { kind: "varchar" } : { kind: "varchar", length }),
  char: (length?: number): CharType => (length === undefined ? { kind: "char" } : { kind: "char", length }),
  numeric: (precision?: number, scale?: number): NumericType => {
    if (precision === undefined) return { kind: "numeric" };
    return scale === undefined ? { kind: "numeric", precision } : { kind: "numeric", precision, scale };
  },
  real: (): RealType => ({ kind: "real" }),
  double: (): DoubleType => ({ kind: "double" }),
  date: (): DateType => ({ kind: "date" }),
  time: (options?: number | TimeOptions): TimeType => {
    const base: { kind: "time"; precision?: number; withTimeZone?: boolean } = withPrecision("time", options);
    if (typeof options === "object" && options.withTimeZone) base.withTimeZone = true;
    return base;
  },
  timestamp: (precision?: PrecisionArg): TimestampType => withPrecision("timestamp", precision),
  timestamptz: (precision?: PrecisionArg): TimestamptzType => withPrecision("timestamptz", precision),
  interval: (): IntervalType => ({ kind: "interval" }),
  uuid: (): UuidType => ({ kind: "uuid" }),
  json: (): JsonType => ({ kind: "json" }),
  jsonb: (): JsonbType => ({ kind: "jsonb" }),
  bytea: (): ByteaType => ({ kind: "bytea" }),
  inet: (): InetType => ({ kind: "inet" }),
  array: <T extends ColumnType>(of: T): ArrayType & { readonly of: T } => ({ kind: "array", of }),
  enum: (name: string, options?: EnumOptions): EnumType => {
    const e: { kind: "enum"; name: string; schema?: string; values?: readonly string[] } = { kind: "enum", name };
    if (options?.schema !== undefined) e.schema = options.schema;
    if (options?.values !== undefined) e.values = [...options.values];
    return e;
  },
  /** Raw type text, rendered verbatim: `t.sql("citext")`, `t.sql("geometry(Point, 4326)")`. */
  sql: (text: string): RawType => ({ kind: "raw", sql: text }),
} as const;

export type TypeBuilders = typeof t;
