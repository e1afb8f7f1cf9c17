/** Indexes for MySQL/MariaDB: prefix lengths, FULLTEXT/SPATIAL, ALGORITHM/LOCK. */
import type { CreateIndexOp } from "../../operations/create-index.js";
import type { DropIndexOp } from "../../operations/drop-index.js";
import type { Operation } from "../../operations/operation.js";
import type { ColumnType } from "../../schema/column-type.js";
import { type IndexDefinition } from "../../schema/indexes.js";
import type { SqlStatement } from "../dialect.js";
import { type MysqlServer } from "./server.js";
/** Column types by name, when the statement knows them (a table being created): keys on TEXT/BLOB without a prefix are refused. */
export type KnownColumns = ReadonlyMap<string, ColumnType>;
/** The refusal of a key on a TEXT, BLOB or JSON column without a prefix length. */
export declare function unprefixedKey(op: Operation, index: string, column: string, typeText: string): import("../../errors.js").AthanorError;
/** The server keys a whole TEXT/BLOB column without a prefix from the user (MariaDB; see renderKey). */
export declare function serverKeepsWholeKey(index: IndexDefinition, server: MysqlServer): boolean;
/** The columns an index keys by name, not by expression. */
export declare function keyedColumns(index: IndexDefinition): string[];
export interface IndexStatementInput extends IndexDefinition {
    readonly table: string;
    readonly schema?: string;
    readonly concurrently?: boolean;
    readonly ifNotExists?: boolean;
}
export declare function renderIndexStatement(op: Operation, index: IndexStatementInput, server: MysqlServer, known: KnownColumns | null): SqlStatement;
/**
 * An index written inside CREATE TABLE (`INDEX name (keys)`): the table and
 * its indexes are one statement, so a failure can't leave the table without
 * them. ALGORITHM/LOCK don't apply to a table being created.
 */
export declare function renderInlineIndex(op: Operation, index: IndexDefinition, server: MysqlServer, known: KnownColumns): string;
export declare function renderCreateIndex(op: CreateIndexOp, server: MysqlServer): SqlStatement[];
export declare function renderDropIndex(op: DropIndexOp, server: MysqlServer): SqlStatement[];
