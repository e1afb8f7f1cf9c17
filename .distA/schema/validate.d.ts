/**
 * Dialect-independent checks on schema definitions. Each failure is an
 * AthanorError `SCHEMA.INVALID` naming the table and column at fault.
 */
import { AthanorError } from "../errors.js";
import { type ColumnDefinition } from "./column.js";
import { type ColumnType } from "./column-type.js";
import type { ForeignKeyDefinition } from "./constraints.js";
import { type IndexDefinition, type IndexElement } from "./indexes.js";
import { type SqlText } from "./sql-expression.js";
import type { TableDefinition } from "./table.js";
export declare function schemaError(message: string): AthanorError;
export declare function assertName(name: unknown, what: string): asserts name is string;
export declare function assertSqlText(value: unknown, what: string): asserts value is SqlText;
export declare function validateColumnType(type: ColumnType, where: string): void;
export declare function validateColumn(column: ColumnDefinition, where: string, inPrimaryKey?: boolean): void;
export declare function validateColumnList(columns: readonly string[], what: string, known?: ReadonlySet<string>): void;
export declare function validateForeignKey(fk: ForeignKeyDefinition, what: string, known?: ReadonlySet<string>): void;
export declare function indexElementColumn(element: IndexElement): string | null;
export declare function validateIndex(index: IndexDefinition, what: string, known?: ReadonlySet<string>): void;
/** Checks a whole table: column names unique, constraint columns present, one primary key. */
export declare function validateTable(table: TableDefinition): void;
