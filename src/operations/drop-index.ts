import { tsBool, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, operationError, type ReverseResult, reversed, tsCall } from "./common.js";
import type { CreateIndexOp } from "./create-index.js";

export interface DropIndexOp {
  readonly kind: "dropIndex";
  readonly name: string;
  /** The indexed table (informational; PostgreSQL drops indexes by name). */
  readonly table?: string;
  /** The index's schema (the table's schema). */
  readonly schema?: string;
  readonly concurrently?: boolean;
  readonly ifExists?: boolean;
  readonly cascade?: boolean;
  /** The op that created the index; makes the drop reversible. */
  readonly original?: CreateIndexOp;
}

export interface DropIndexOptions {
  readonly table?: string;
  readonly schema?: string;
  readonly concurrently?: boolean;
  readonly ifExists?: boolean;
  readonly cascade?: boolean;
  readonly original?: CreateIndexOp;
}

export function dropIndexOp(name: string, options?: DropIndexOptions): DropIndexOp {
  return compact({ kind: "dropIndex" as const, name, ...options });
}

export function validateDropIndex(op: DropIndexOp): void {
  assertName(op.name, "dropIndex: index name");
  if (op.concurrently && op.cascade) throw operationError(`dropIndex "${op.name}": CONCURRENTLY cannot be combined with CASCADE`);
}

export function reverseDropIndex(op: DropIndexOp): ReverseResult {
  if (!op.original) return irreversible(`dropIndex ${op.name} has no original index definition`);
  return reversed(compact({ ...op.original, concurrently: op.concurrently ?? op.original.concurrently }));
}

export function renderDropIndexTs(op: DropIndexOp): string {
  return tsCall("dropIndex", [tsString(op.name)], [
    ["table", tsOptString(op.table)],
    ["schema", tsOptString(op.schema)],
    ["concurrently", tsBool(op.concurrently)],
    ["ifExists", tsBool(op.ifExists)],
    ["cascade", tsBool(op.cascade)],
  ]);
}
