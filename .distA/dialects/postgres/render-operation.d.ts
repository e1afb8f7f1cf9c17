import { type Operation } from "../../operations/operation.js";
import type { SqlStatement } from "../dialect.js";
/** Validates `op` and renders it as PostgreSQL statements (DDL with literals; DML with `$n` parameters). */
export declare function renderOperation(op: Operation): SqlStatement[];
