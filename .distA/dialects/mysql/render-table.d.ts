/** Tables for MySQL/MariaDB: CREATE TABLE with its keys, options and comments in the definition. */
import type { CreateTableOp } from "../../operations/create-table.js";
import type { DropTableOp } from "../../operations/drop-table.js";
import type { RenameTableOp } from "../../operations/rename-table.js";
import type { SetTableCommentOp } from "../../operations/set-table-comment.js";
import type { SqlStatement } from "../dialect.js";
import { type MysqlServer } from "./server.js";
/** `CREATE TABLE` with columns, keys, foreign keys, checks and indexes inline, table options and comments: one statement. */
export declare function renderCreateTable(op: CreateTableOp, server: MysqlServer): SqlStatement[];
export declare function renderDropTable(op: DropTableOp): SqlStatement[];
export declare function renderRenameTable(op: RenameTableOp): SqlStatement[];
/** `ALTER TABLE ... COMMENT = '...'` (an empty comment removes it). */
export declare function renderSetTableComment(op: SetTableCommentOp): SqlStatement[];
