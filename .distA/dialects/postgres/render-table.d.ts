import type { CreateTableOp } from "../../operations/create-table.js";
import type { DropTableOp } from "../../operations/drop-table.js";
import type { RenameTableOp } from "../../operations/rename-table.js";
import type { SetTableCommentOp } from "../../operations/set-table-comment.js";
import type { SqlStatement } from "../dialect.js";
/** `CREATE TABLE` with inline columns and table constraints, then its indexes and comments. */
export declare function renderCreateTable(op: CreateTableOp): SqlStatement[];
export declare function renderDropTable(op: DropTableOp): SqlStatement[];
export declare function renderRenameTable(op: RenameTableOp): SqlStatement[];
export declare function renderSetTableComment(op: SetTableCommentOp): SqlStatement[];
