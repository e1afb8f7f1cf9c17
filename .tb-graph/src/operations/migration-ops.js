import { addColumnOp } from "./add-column.js";
import { addEnumValueOp } from "./add-enum-value.js";
import { alterColumnOp } from "./alter-column.js";
import { bulkInsertOp } from "./bulk-insert.js";
import { createCheckConstraintOp } from "./create-check-constraint.js";
import { createEnumOp } from "./create-enum.js";
import { createForeignKeyOp } from "./create-foreign-key.js";
import { createIndexOp } from "./create-index.js";
import { createPrimaryKeyOp } from "./create-primary-key.js";
import { createSchemaOp } from "./create-schema.js";
import { createTableOp } from "./create-table.js";
import { createUniqueConstraintOp } from "./create-unique-constraint.js";
import { dropColumnOp } from "./drop-column.js";
import { dropConstraintOp } from "./drop-constraint.js";
import { dropEnumOp } from "./drop-enum.js";
import { dropIndexOp } from "./drop-index.js";
import { dropSchemaOp } from "./drop-schema.js";
import { dropTableOp } from "./drop-table.js";
import { executeOp } from "./execute.js";
import { renameEnumValueOp } from "./rename-enum-value.js";
import { renameTableOp } from "./rename-table.js";
import { setColumnCommentOp } from "./set-column-comment.js";
import { setTableCommentOp } from "./set-table-comment.js";
import { assertNoTransactionControl } from "./transaction-control.js";
import { validateOperation } from "./validate.js";
export class MigrationOps {
    #executor;
    #offline;
    constructor(executor, options) {
        this.#executor = executor;
        this.#offline = options?.offline ?? executor.offline === true;
    }
    /** True when generating an offline SQL script: `query()` is unavailable. */
    get offline() {
        return this.#offline;
    }
    /** Runs an operation object (as built by autogenerate or by hand). */
    async invoke(op) {
        validateOperation(op);
        await this.#executor.run(op);
    }
    /** `op.createTable("users", { columns: [{ name: "id", type: t.bigint(), primaryKey: true, identity: "always" }] })` */
    createTable(name, spec) {
        return this.#do(() => createTableOp(name, spec));
    }
    dropTable(name, options) {
        return this.#do(() => dropTableOp(name, options));
    }
    renameTable(name, newName, options) {
        return this.#do(() => renameTableOp(name, newName, options));
    }
    /** `op.addColumn("users", { name: "email", type: t.varchar(255), nullable: false })` */
    addColumn(table, column, options) {
        return this.#do(() => addColumnOp(table, column, options));
    }
    dropColumn(table, column, options) {
        return this.#do(() => dropColumnOp(table, column, options));
    }
    /**
     * `op.alterColumn("users", "email", { type: t.text(), nullable: true, existingType: t.varchar(255) })`.
     * `default: null` / `comment: null` remove them; `existing*` make the change reversible.
     */
    alterColumn(table, column, changes) {
        return this.#do(() => alterColumnOp(table, column, changes));
    }
    /** `op.createIndex("ix_users_email", "users", ["email"], { unique: true, where: "deleted_at IS NULL" })` */
    createIndex(name, table, columns, options) {
        return this.#do(() => createIndexOp(name, table, columns, options));
    }
    dropIndex(name, options) {
        return this.#do(() => dropIndexOp(name, options));
    }
    /** `name: null` lets the database name it (the op is then not reversible). */
    createPrimaryKey(name, table, columns, options) {
        return this.#do(() => createPrimaryKeyOp(name, table, columns, options));
    }
    createUniqueConstraint(name, table, columns, options) {
        return this.#do(() => createUniqueConstraintOp(name, table, columns, options));
    }
    /** `op.createForeignKey("fk_orders_user", "orders", ["user_id"], "users", ["id"], { onDelete: "cascade" })` */
    createForeignKey(name, table, columns, refTable, refColumns, options) {
        return this.#do(() => createForeignKeyOp(name, table, columns, refTable, refColumns, options));
    }
    /** The condition is SQL: `op.createCheckConstraint("ck_price", "items", "price >= 0")`. */
    createCheckConstraint(name, table, expression, options) {
        return this.#do(() => createCheckConstraintOp(name, table, expression, options));
    }
    dropConstraint(name, table, options) {
        return this.#do(() => dropConstraintOp(name, table, options));
    }
    createEnum(name, values, options) {
        return this.#do(() => createEnumOp(name, values, options));
    }
    dropEnum(name, options) {
        return this.#do(() => dropEnumOp(name, options));
    }
    /** `ALTER TYPE ... ADD VALUE`. On PostgreSQL < 12 it needs `op.autocommit()` or a non-transactional revision. */
    addEnumValue(name, value, options) {
        return this.#do(() => addEnumValueOp(name, value, options));
    }
    renameEnumValue(name, from, to, options) {
        return this.#do(() => renameEnumValueOp(name, from, to, options));
    }
    createSchema(name, options) {
        return this.#do(() => createSchemaOp(name, options));
    }
    dropSchema(name, options) {
        return this.#do(() => dropSchemaOp(name, options));
    }
    /** `comment: null` removes the comment. */
    setTableComment(table, comment, options) {
        return this.#do(() => setTableCommentOp(table, comment, options));
    }
    setColumnComment(table, column, comment, options) {
        return this.#do(() => setColumnCommentOp(table, column, comment, options));
    }
    /**
     * Runs SQL (`$1`, `$2`, ... bind `params`). Refuses transaction control
     * (BEGIN, COMMIT, ...): use `export const transactional = false` or `op.autocommit()`.
     */
    execute(sql, params) {
        return this.#do(() => executeOp(sql, params));
    }
    /** Runs a query and returns its rows (for data migrations; not available offline). */
    async query(sql, params) {
        assertNoTransactionControl(sql, "op.query()");
        return this.#executor.query(sql, params);
    }
    /** Inserts rows; keys are column names, a missing key inserts the column's DEFAULT. */
    bulkInsert(table, rows, options) {
        return this.#do(() => bulkInsertOp(table, rows, options));
    }
    /**
     * Runs `fn` outside the migration transaction, each statement committed on
     * its own (for `CREATE INDEX CONCURRENTLY`, `ALTER TYPE ... ADD VALUE` on old servers).
     */
    autocommit(fn) {
        return this.#executor.autocommit(fn);
    }
    async #do(build) {
        const op = build();
        validateOperation(op);
        await this.#executor.run(op);
    }
}
/** An executor that only records ops (tests, autogenerate previews, `renderOperationTs` round trips). */
export class RecordingExecutor {
    ops = [];
    offline = true;
    async run(op) {
        this.ops.push(op);
    }
    async query() {
        throw new Error("RecordingExecutor cannot run queries");
    }
    async autocommit(fn) {
        return fn();
    }
}
