import { type IndexDefinition } from "../../schema/indexes.js";
import type { CreateIndexOp } from "../../operations/create-index.js";
import type { DropIndexOp } from "../../operations/drop-index.js";
import type { SqlStatement } from "../dialect.js";
export interface IndexStatementInput extends IndexDefinition {
    readonly table: string;
    readonly schema?: string;
    readonly concurrently?: boolean;
    readonly ifNotExists?: boolean;
}
export declare function renderIndexStatement(index: IndexStatementInput): SqlStatement;
export declare function renderCreateIndex(op: CreateIndexOp): SqlStatement[];
export declare function renderDropIndex(op: DropIndexOp): SqlStatement[];
