import type { CreateSchemaOp } from "../../operations/create-schema.js";
import type { DropSchemaOp } from "../../operations/drop-schema.js";
import type { SqlStatement } from "../dialect.js";
import { quoteIdentifier } from "./quote.js";

export function renderCreateSchema(op: CreateSchemaOp): SqlStatement[] {
  return [{ sql: `CREATE SCHEMA ${op.ifNotExists ? "IF NOT EXISTS " : ""}${quoteIdentifier(op.name)}` }];
}

export function renderDropSchema(op: DropSchemaOp): SqlStatement[] {
  return [{ sql: `DROP SCHEMA ${op.ifExists ? "IF EXISTS " : ""}${quoteIdentifier(op.name)}${op.cascade ? " CASCADE" : ""}` }];
}
