import { type Operation } from "../../operations/operation.js";
import type { SqlLexer, SqlStatement } from "../dialect.js";
import type { MysqlServer } from "./server.js";
/** Validates `op` and renders it as MySQL statements (DDL with literals; DML with `?` parameters). */
export declare function renderOperation(op: Operation, server: MysqlServer, lexer?: SqlLexer): SqlStatement[];
