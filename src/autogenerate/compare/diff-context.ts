/**
 * What the per-kind comparisons of one table share: the dialect's
 * comparator, the table pair, where operations go (by execution phase),
 * warnings, and the resolver for server-side checks.
 */
import type { Operation } from "../../operations/operation.js";
import type { TableRef } from "../canonical-items.js";
import type { SchemaComparator } from "../schema-comparator.js";
import type { DbTable } from "../schema-model.js";
import type { MTable } from "./model-view.js";
import type { Resolver } from "./resolver.js";

/** Operations by execution phase (see compare.ts `flatten` for the order). */
export interface Buckets {
  createSchema: Operation[];
  createEnum: Operation[];
  addEnumValue: Operation[];
  dropForeignKey: Operation[];
  dropOther: Operation[];
  renameTable: Operation[];
  renameColumn: Operation[];
  createTable: Operation[];
  addColumn: Operation[];
  alter: Operation[];
  dropColumn: Operation[];
  createOther: Operation[];
  createForeignKey: Operation[];
  dropTable: Operation[];
  dropEnum: Operation[];
  /**
   * Warnings about what one operation does (also in the warnings list): withdrawn when a dialect's
   * arrangeOperations leaves that operation out (MySQL keeps the primary key an AUTO_INCREMENT column needs).
   */
  opWarnings: Array<{ op: Operation; message: string }>;
}

export interface TableCtx {
  /** Name before renames (ops that run before the rename). */
  readonly oldName: string;
  /** Name in the model (ops after renames). */
  readonly name: string;
  readonly schema: string;
  readonly opSchema: string | undefined;
  readonly m: MTable;
  readonly d: DbTable;
}

export interface DiffContext {
  readonly cmp: SchemaComparator;
  readonly table: TableCtx;
  readonly resolver: Resolver;
  readonly defaultSchema: string;
  readonly b: Buckets;
  readonly warnings: string[];
  /** The table as messages name it (schema-qualified outside the default schema). */
  readonly label: string;
  /** `{ schema }` for operations on the table, when not in the default schema. */
  readonly schemaOpt: { schema?: string };
  /** The table as operations that run before renames name it. */
  readonly oldTable: { table: string; schema?: string };
  /** Queues the drop of a database object (foreign keys before the rest). */
  dropOld(op: Operation): void;
  /** The table for the server-side check, with the columns the model adds. */
  tableRef(): TableRef;
  /** Columns dropped and added again (a generated column changed beyond what the dialect alters in place): their indexes go with them. */
  readonly replacedColumns: Set<string>;
  /**
   * Columns renamed in place (old name to new): every dialect's RENAME COLUMN keeps the indexes and constraints
   * on them, so those are compared as they will be after it, not dropped and made again.
   */
  readonly renamedColumns: Map<string, string>;
}

/** A column list as it reads after the table's column renames. */
export function afterRenames(x: DiffContext, columns: readonly string[]): string[] {
  return columns.map((c) => x.renamedColumns.get(c) ?? c);
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function withSchemaOf(schema: string | undefined): { schema?: string } {
  return schema === undefined ? {} : { schema };
}
