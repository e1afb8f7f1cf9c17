/** Constraints for MySQL/MariaDB (added and dropped with ALTER TABLE). */
import type { CreateCheckConstraintOp } from "../../operations/create-check-constraint.js";
import type { CreateForeignKeyOp } from "../../operations/create-foreign-key.js";
import type { CreatePrimaryKeyOp } from "../../operations/create-primary-key.js";
import type { CreateUniqueConstraintOp } from "../../operations/create-unique-constraint.js";
import type { DropConstraintOp } from "../../operations/drop-constraint.js";
import type { Operation } from "../../operations/operation.js";
import type { UniqueDefinition } from "../../schema/constraints.js";
import type { SqlStatement } from "../dialect.js";
import { type MysqlServer } from "./server.js";
export declare function refuseDeferrable(op: Operation, def: {
    deferrable?: boolean;
    initiallyDeferred?: boolean;
}, what: string): void;
export declare function uniqueClause(op: Operation, u: UniqueDefinition): string;
export declare function checkForeignKey(op: Operation, fk: {
    match?: string;
    deferrable?: boolean;
    initiallyDeferred?: boolean;
}): void;
export declare function renderCreatePrimaryKey(op: CreatePrimaryKeyOp): SqlStatement[];
export declare function renderCreateUniqueConstraint(op: CreateUniqueConstraintOp): SqlStatement[];
export declare function renderCreateForeignKey(op: CreateForeignKeyOp): SqlStatement[];
export declare function renderCreateCheckConstraint(op: CreateCheckConstraintOp): SqlStatement[];
/**
 * By the constraint's type: `DROP PRIMARY KEY`, `DROP INDEX` (unique),
 * `DROP FOREIGN KEY`, `DROP CONSTRAINT` (check, or a type not given: MySQL
 * 8.0.19+, MariaDB). The server made an index named after a foreign key
 * when no index could serve it and keeps it when the key is dropped: on
 * MariaDB the same statement drops it too (`DROP INDEX IF EXISTS`, a no-op
 * when the key used an index of its own), so that dropping the key undoes
 * creating it. MySQL has no `DROP INDEX IF EXISTS`: there the index stays.
 */
export declare function renderDropConstraint(op: DropConstraintOp, server: MysqlServer): SqlStatement[];
