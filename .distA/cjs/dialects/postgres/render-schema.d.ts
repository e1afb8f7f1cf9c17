import type { CreateSchemaOp } from "../../operations/create-schema.js";
import type { DropSchemaOp } from "../../operations/drop-schema.js";
import type { SqlStatement } from "../dialect.js";
export declare function renderCreateSchema(op: CreateSchemaOp): SqlStatement[];
export declare function renderDropSchema(op: DropSchemaOp): SqlStatement[];
