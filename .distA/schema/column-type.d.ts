/**
 * Column types as plain data, e.g. `{ kind: "varchar", length: 255 }`.
 * Build them with the `t` helpers (`t.varchar(255)`); dialects render them.
 */
export interface IntegerType {
    readonly kind: "integer";
}
export interface BigintType {
    readonly kind: "bigint";
}
export interface SmallintType {
    readonly kind: "smallint";
}
export interface SerialType {
    readonly kind: "serial";
}
export interface BigserialType {
    readonly kind: "bigserial";
}
export interface SmallserialType {
    readonly kind: "smallserial";
}
export interface BooleanType {
    readonly kind: "boolean";
}
export interface TextType {
    readonly kind: "text";
}
export interface VarcharType {
    readonly kind: "varchar";
    /** Omitted: unbounded `varchar`. */
    readonly length?: number;
}
export interface CharType {
    readonly kind: "char";
    readonly length?: number;
}
export interface NumericType {
    readonly kind: "numeric";
    readonly precision?: number;
    readonly scale?: number;
}
export interface RealType {
    readonly kind: "real";
}
export interface DoubleType {
    readonly kind: "double";
}
export interface DateType {
    readonly kind: "date";
}
export interface TimeType {
    readonly kind: "time";
    readonly precision?: number;
    readonly withTimeZone?: boolean;
}
export interface TimestampType {
    readonly kind: "timestamp";
    readonly precision?: number;
}
export interface TimestamptzType {
    readonly kind: "timestamptz";
    readonly precision?: number;
}
export interface IntervalType {
    readonly kind: "interval";
}
export interface UuidType {
    readonly kind: "uuid";
}
export interface JsonType {
    readonly kind: "json";
}
export interface JsonbType {
    readonly kind: "jsonb";
}
export interface ByteaType {
    readonly kind: "bytea";
}
export interface InetType {
    readonly kind: "inet";
}
export interface ArrayType {
    readonly kind: "array";
    readonly of: ColumnType;
}
/** A user-defined enum type, referenced by name (create it with `op.createEnum`). */
export interface EnumType {
    readonly kind: "enum";
    readonly name: string;
    readonly schema?: string;
    /** Known labels, for models and autogenerate; not rendered in column DDL. */
    readonly values?: readonly string[];
}
/** Escape hatch: the type is rendered verbatim, e.g. `t.sql("citext")`. */
export interface RawType {
    readonly kind: "raw";
    readonly sql: string;
    /**
     * The dialect whose type this is, when a dialect namespace built it
     * (`pg.cidr()`: "postgresql"); other dialects refuse it. Absent (`t.sql()`):
     * text the author vouches for, passed to any dialect as written.
     */
    readonly dialect?: string;
}
export type ColumnType = IntegerType | BigintType | SmallintType | SerialType | BigserialType | SmallserialType | BooleanType | TextType | VarcharType | CharType | NumericType | RealType | DoubleType | DateType | TimeType | TimestampType | TimestamptzType | IntervalType | UuidType | JsonType | JsonbType | ByteaType | InetType | ArrayType | EnumType | RawType;
export type ColumnTypeKind = ColumnType["kind"];
/** Types that may carry `GENERATED ... AS IDENTITY` (MySQL: AUTO_INCREMENT). */
export declare function isIntegerType(type: ColumnType): boolean;
export declare function isSerialType(type: ColumnType): boolean;
/** Structural equality of two column types (ignores enum `values`). */
export declare function sameColumnType(a: ColumnType, b: ColumnType): boolean;
