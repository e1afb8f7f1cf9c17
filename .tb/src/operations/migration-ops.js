/**
 * `MigrationOps`: the `op` object a revision's `upgrade(op)` / `downgrade(op)`
 * receives. Each method builds an operation object, checks it, and hands it
 * to an injected executor: the online runner executes it, the offline
 * runner prints it as SQL, a recorder collects it.
 */
import { EMPTY_RUN_CONTEXT } from "../config/run-context.js";
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
import { dropEnumValueOp } from "./drop-enum-value.js";
import { renameTableOp } from "./rename-table.js";
import { setColumnCommentOp } from "./set-column-comment.js";
import { setTableCommentOp } from "./set-table-comment.js";
import { assertNoTransactionControl } from "./transaction-control.js";
import { validateOperation } from "./validate.js";
export class MigrationOps {
    #executor;
    #offline;
    #tracker;
    #sqlLexer;
    #context;
    constructor(executor, options) {
        this.#executor = executor;
        this.#offline = options?.offline ?? executor.offline === true;
        this.#context = options?.context ?? EMPTY_RUN_CONTEXT;
        this.#tracker = options?.tracker;
        this.#sqlLexer = options?.sqlLexer;
    }
    /**
     * The run context: `op.context.get("tenant")` for `-x tenant=acme`,
     * `op.context.require("tenant")`, `op.context.flag("dry")`, `op.context.tag`.
     */
    get context() {
        return this.#context;
    }
    /** True when generating an offline SQL script: `query()` is unavailable. */
    get offline() {
        return this.#offline;
    }
    /** Runs an operation object (as built by autogenerate or by hand). */
    invoke(op) {
        return this.#do("invoke", [op], () => op);
    }
    /** `op.createTable("users", { columns: [{ name: "id", type: t.bigint(), primaryKey: true, identity: "always" }] })` */
    createTable(name, spec) {
        return this.#do("createTable", [name, spec], () => createTableOp(name, spec));
    }
    dropTable(name, options) {
        return this.#do("dropTable", [name, options], () => dropTableOp(name, options));
    }
    renameTable(name, newName, options) {
        return this.#do("renameTable", [name, newName, options], () => renameTableOp(name, newName, options));
    }
    /** `op.addColumn("users", { name: "email", type: t.varchar(255), nullable: false })` */
    addColumn(table, column, options) {
        return this.#do("addColumn", [table, column, options], () => addColumnOp(table, column, options));
    }
    dropColumn(table, column, options) {
        return this.#do("dropColumn", [table, column, options], () => dropColumnOp(table, column, options));
    }
    /**
     * `op.alterColumn("users", "email", { type: t.text(), nullable: true, existingType: t.varchar(255) })`.
     * `default: null` / `comment: null` remove them; `existing*` make the change reversible.
     */
    alterColumn(table, column, changes) {
        return this.#do("alterColumn", [table, column, changes], () => alterColumnOp(table, column, changes));
    }
    /** `op.createIndex("ix_users_email", "users", ["email"], { unique: true, where: "deleted_at IS NULL" })` */
    createIndex(name, table, columns, options) {
        return this.#do("createIndex", [name, table, columns, options], () => createIndexOp(name, table, columns, options));
    }
    dropIndex(name, options) {
        return this.#do("dropIndex", [name, options], () => dropIndexOp(name, options));
    }
    /** `name: null` lets the database name it (the op is then not reversible). */
    createPrimaryKey(name, table, columns, options) {
        return this.#do("createPrimaryKey", [name, table, columns, options], () => createPrimaryKeyOp(name, table, columns, options));
    }
    createUniqueConstraint(name, table, columns, options) {
        return this.#do("createUniqueConstraint", [name, table, columns, options], () => createUniqueConstraintOp(name, table, columns, options));
    }
    /** `op.createForeignKey("fk_orders_user", "orders", ["user_id"], "users", ["id"], { onDelete: "cascade" })` */
    createForeignKey(name, table, columns, refTable, refColumns, options) {
        return this.#do("createForeignKey", [name, table, columns, refTable, refColumns, options], () => createForeignKeyOp(name, table, columns, refTable, refColumns, options));
    }
    /** The condition is SQL: `op.createCheckConstraint("ck_price", "items", "price >= 0")`. */
    createCheckConstraint(name, table, expression, options) {
        return this.#do("createCheckConstraint", [name, table, expression, options], () => createCheckConstraintOp(name, table, expression, options));
    }
    dropConstraint(name, table, options) {
        return this.#do("dropConstraint", [name, table, options], () => dropConstraintOp(name, table, options));
    }
    createEnum(name, values, options) {
        return this.#do("createEnum", [name, values, options], () => createEnumOp(name, values, options));
    }
    dropEnum(name, options) {
        return this.#do("dropEnum", [name, options], () => dropEnumOp(name, options));
    }
    /** `ALTER TYPE ... ADD VALUE`. On PostgreSQL < 12 it needs `op.autocommit()` or a non-transactional revision. */
    addEnumValue(name, value, options) {
        return this.#do("addEnumValue", [name, value, options], () => addEnumValueOp(name, value, options));
    }
    renameEnumValue(name, from, to, options) {
        return this.#do("renameEnumValue", [name, from, to, options], () => renameEnumValueOp(name, from, to, options));
    }
    /**
     * Removes a value from an enum type by rebuilding it (new type, columns converted, old type dropped, new one
     * renamed); refuses when a row holds the value. The reverse of `addEnumValue`.
     */
    dropEnumValue(name, value, options) {
        return this.#do("dropEnumValue", [name, value, options], () => dropEnumValueOp(name, value, options));
    }
    createSchema(name, options) {
        return this.#do("createSchema", [name, options], () => createSchemaOp(name, options));
    }
    dropSchema(name, options) {
        return this.#do("dropSchema", [name, options], () => dropSchemaOp(name, options));
    }
    /** `comment: null` removes the comment. */
    setTableComment(table, comment, options) {
        return this.#do("setTableComment", [table, comment, options], () => setTableCommentOp(table, comment, options));
    }
    setColumnComment(table, column, comment, options) {
        return this.#do("setColumnComment", [table, column, comment, options], () => setColumnCommentOp(table, column, comment, options));
    }
    /**
     * Runs SQL (`$1`, `$2`, ... bind `params`). Refuses transaction control
     * (BEGIN, COMMIT, ...): use `export const transactional = false` or `op.autocommit()`.
     */
    execute(sql, params) {
        return this.#do("execute", [sql, params], () => executeOp(sql, params));
    }
    /** Runs a query and returns its rows (for data migrations; not available offline). */
    query(sql, params) {
        return this.#track("query", [sql, params], async () => {
            assertNoTransactionControl(sql, "op.query()", this.#sqlLexer);
            return this.#executor.query(sql, params);
        });
    }
    /** Inserts rows; keys are column names, a missing key inserts the column's DEFAULT. */
    bulkInsert(table, rows, options) {
        return this.#do("bulkInsert", [table, rows, options], () => bulkInsertOp(table, rows, options));
    }
    /**
     * Runs `fn` outside the migration transaction, each statement committed on
     * its own (for `CREATE INDEX CONCURRENTLY`, `ALTER TYPE ... ADD VALUE` on old servers).
     */
    autocommit(fn) {
        return this.#track("autocommit", [fn], () => this.#executor.autocommit(fn));
    }
    /** Builds, checks and runs one operation; `method` and `args` name the call (see OperationTracker). */
    #do(method, args, build) {
        return this.#track(method, args, async () => {
            const op = build();
            validateOperation(op, this.#sqlLexer);
            await this.#executor.run(op);
        });
    }
    #track(method, args, start) {
        return this.#tracker ? this.#tracker.track(method, args, start) : start();
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
