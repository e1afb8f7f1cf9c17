/**
 * Renders schema vocabulary as TypeScript source (for autogenerate and for
 * the `renderOperationTs` of operations). The output assumes `t` and `sql`
 * are imported from athanor and contains no type annotations, so it is also
 * valid JavaScript.
 */
import type { ColumnDefinition, ColumnReference } from "./column.js";
import type { ColumnType } from "./column-type.js";
import type { CheckDefinition, ForeignKeyDefinition, PrimaryKeyDefinition, UniqueDefinition } from "./constraints.js";
import { type IndexDefinition, type IndexElement } from "./indexes.js";
import { type SqlText } from "./sql-expression.js";
import type { TableSpec } from "./table.js";
/** A string literal; U+2028/U+2029 escaped too (legal in it, but an editor shows them as line breaks). */
export declare function tsString(s: string): string;
export declare function tsKey(key: string): string;
/** `{ a: 1, b: "x" }`, skipping fields whose rendered value is undefined. */
export declare function tsObject(fields: ReadonlyArray<readonly [string, string | undefined]>): string;
export declare function tsArray(items: readonly string[]): string;
/** An array with one item per line, indented by `indent` + 2 spaces. */
export declare function tsArrayMultiline(items: readonly string[], indent: string): string;
export declare function tsStrings(items: readonly string[]): string;
export declare function tsBool(b: boolean | undefined): string | undefined;
export declare function tsOptString(s: string | undefined): string | undefined;
/** `null` or a string literal, undefined when absent. */
export declare function tsNullableString(s: string | null | undefined): string | undefined;
/** A value (SqlValue or sql()) as a TS expression. */
export declare function tsValue(value: unknown): string;
/** A dialect's options object (`mysql: { engine: "InnoDB" }`), or undefined when absent or empty. */
export declare function tsOptions(options: object | undefined): string | undefined;
export declare function tsSqlText(text: SqlText): string;
/** `t.varchar(255)`, `pg.array(t.text())`, `t.enum("mood")`, `pg.jsonb()`, `t.sql("citext")`. */
export declare function tsColumnType(type: ColumnType): string;
export declare function tsReference(ref: ColumnReference): string;
/** `{ name: "email", type: t.varchar(255), nullable: false }` */
export declare function tsColumn(column: ColumnDefinition): string;
export declare function tsPrimaryKey(pk: PrimaryKeyDefinition): string;
export declare function tsForeignKey(fk: ForeignKeyDefinition): string;
export declare function tsUnique(u: UniqueDefinition): string;
export declare function tsCheck(c: CheckDefinition): string;
export declare function tsIndexElement(element: IndexElement): string;
/** Index options shared by table-level indexes and `op.createIndex` (without name and columns). */
export declare function tsIndexOptionFields(index: Omit<IndexDefinition, "name" | "columns">): Array<readonly [string, string | undefined]>;
export declare function tsIndex(index: IndexDefinition): string;
/**
 * A table spec (everything but the name) as a multi-line object literal,
 * plus `extra` fields (e.g. `ifNotExists`). `indent` is the indentation of
 * the line the object starts on.
 */
export declare function tsTableSpec(spec: TableSpec, indent?: string, extra?: ReadonlyArray<readonly [string, string | undefined]>): string;
