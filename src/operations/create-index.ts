import type { IndexDefinition } from "../schema/indexes.js";
import { tsArray, tsBool, tsIndexElement, tsIndexOptionFields, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName, validateIndex } from "../schema/validate.js";
import { compact, type ReverseResult, reversed, tsCall } from "./common.js";

export interface CreateIndexOp extends IndexDefinition {
  readonly kind: "createIndex";
  readonly table: string;
  readonly schema?: string;
  /** `CREATE INDEX CONCURRENTLY`: cannot run inside a transaction. */
  readonly concurrently?: boolean;
  readonly ifNotExists?: boolean;
}

export interface CreateIndexOptions extends Omit<IndexDefinition, "name" | "columns"> {
  readonly schema?: string;
  readonly concurrently?: boolean;
  readonly ifNotExists?: boolean;
}

export function createIndexOp(
  name: string,
  table: string,
  columns: IndexDefinition["columns"],
  options?: CreateIndexOptions,
): CreateIndexOp {
  return compact({ kind: "createIndex" as const, name, table, columns, ...options });
}

export function validateCreateIndex(op: CreateIndexOp): void {
  assertName(op.table, "createIndex: table name");
  validateIndex(op, `createIndex "${op.name}" on "${op.table}"`);
}

export function reverseCreateIndex(op: CreateIndexOp): ReverseResult {
  return reversed(
    compact({ kind: "dropIndex", name: op.name, table: op.table, schema: op.schema, concurrently: op.concurrently, original: op }),
  );
}

export function renderCreateIndexTs(op: CreateIndexOp): string {
  return tsCall("createIndex", [tsString(op.name), tsString(op.table), tsArray(op.columns.map(tsIndexElement))], [
    ["schema", tsOptString(op.schema)],
    ...tsIndexOptionFields(op),
    ["concurrently", tsBool(op.concurrently)],
    ["ifNotExists", tsBool(op.ifNotExists)],
  ]);
}
