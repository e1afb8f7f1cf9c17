import { tsString, tsTableSpec } from "../schema/render-ts.js";
import type { TableDefinition, TableSpec } from "../schema/table.js";
import { validateTable } from "../schema/validate.js";
import { compact, type ReverseResult, reversed } from "./common.js";

export interface CreateTableOp {
  readonly kind: "createTable";
  readonly table: string;
  readonly schema?: string;
  readonly columns: TableDefinition["columns"];
  readonly primaryKey?: TableDefinition["primaryKey"];
  readonly foreignKeys?: TableDefinition["foreignKeys"];
  readonly uniques?: TableDefinition["uniques"];
  readonly checks?: TableDefinition["checks"];
  readonly indexes?: TableDefinition["indexes"];
  readonly comment?: string;
  readonly mysql?: TableDefinition["mysql"];
  readonly ifNotExists?: boolean;
}

/** The options of `op.createTable(name, spec)`. */
export interface CreateTableSpec extends TableSpec {
  readonly ifNotExists?: boolean;
}

export function createTableOp(name: string, spec: CreateTableSpec): CreateTableOp {
  return compact({
    kind: "createTable" as const,
    table: name,
    schema: spec.schema,
    columns: spec.columns,
    primaryKey: spec.primaryKey,
    foreignKeys: spec.foreignKeys,
    uniques: spec.uniques,
    checks: spec.checks,
    indexes: spec.indexes,
    comment: spec.comment,
    mysql: spec.mysql,
    ifNotExists: spec.ifNotExists,
  });
}

/** A table definition (for models, or `dropTable.original`) into a createTable op. */
export function createTableFromDefinition(def: TableDefinition, options?: { ifNotExists?: boolean }): CreateTableOp {
  const { name, ...spec } = def;
  return createTableOp(name, { ...spec, ifNotExists: options?.ifNotExists });
}

export function tableDefinitionOf(op: CreateTableOp): TableDefinition {
  const { kind: _kind, table, ifNotExists: _ine, ...rest } = op;
  return compact({ name: table, ...rest });
}

export function validateCreateTable(op: CreateTableOp): void {
  validateTable(tableDefinitionOf(op));
}

export function reverseCreateTable(op: CreateTableOp): ReverseResult {
  return reversed(compact({ kind: "dropTable", table: op.table, schema: op.schema, original: tableDefinitionOf(op) }));
}

export function renderCreateTableTs(op: CreateTableOp, indent = ""): string {
  const { name: _n, ...spec } = tableDefinitionOf(op);
  const extra = op.ifNotExists === undefined ? [] : ([["ifNotExists", String(op.ifNotExists)]] as const);
  return `op.createTable(${tsString(op.table)}, ${tsTableSpec(spec, indent, extra)})`;
}
