/**
 * `MigrationOps`: the `op` object a revision's `upgrade(op)` / `downgrade(op)`
 * receives. Each method builds an operation object, checks it, and hands it
 * to an injected executor: the online runner executes it, the offline
 * runner prints it as SQL, a recorder collects it.
 */
import { type RunContext } from "../config/run-context.js";
import type { SqlLexer } from "../dialects/dialect.js";
import type { ColumnDefinition } from "../schema/column.js";
import type { IndexDefinition } from "../schema/indexes.js";
import type { SqlText } from "../schema/sql-expression.js";
import type { RowValues, SqlValue } from "../schema/value.js";
import { type AddColumnOptions } from "./add-column.js";
import { type AddEnumValueOptions } from "./add-enum-value.js";
import { type AlterColumnOptions } from "./alter-column.js";
import { type CreateCheckConstraintOptions } from "./create-check-constraint.js";
import { type CreateForeignKeyOptions } from "./create-foreign-key.js";
import { type CreateIndexOptions } from "./create-index.js";
import { type CreateTableSpec } from "./create-table.js";
import { type CreateUniqueConstraintOptions } from "./create-unique-constraint.js";
import { type DropColumnOptions } from "./drop-column.js";
import { type DropConstraintOptions } from "./drop-constraint.js";
import { type DropEnumOptions } from "./drop-enum.js";
import { type DropIndexOptions } from "./drop-index.js";
import { type DropTableOptions } from "./drop-table.js";
import type { Operation } from "./operation.js";
import { type DropEnumValueOptions } from "./drop-enum-value.js";
import { type SetColumnCommentOptions } from "./set-column-comment.js";
import { type SetTableCommentOptions } from "./set-table-comment.js";
import type { OperationTracker } from "./operation-tracker.js";
/** What MigrationOps hands its work to. The runtime implements it (online, offline, recording). */
export interface OperationExecutor {
    /** Executes (or prints, or records) one operation. */
    run(op: Operation): Promise<void>;
    /** Runs a query and returns its rows (data migrations). Offline executors reject. */
    query<R = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<R[]>;
    /**
     * Runs `fn` outside the migration's transaction: commit what is pending,
     * run `fn` with each statement autocommitted, then resume a transaction.
     */
    autocommit<T>(fn: () => Promise<T>): Promise<T>;
    /** True when SQL is being printed rather than executed (`--sql`). */
    readonly offline?: boolean;
}
export type SchemaOption = {
    readonly schema?: string;
};
export interface MigrationOpsOptions {
    /** Overrides `executor.offline`. */
    readonly offline?: boolean;
    /** What `op.context` gives: the run's `-x key=value` values and `--tag`. */
    readonly context?: RunContext | undefined;
    /** Tracks every operation started, so that the runner can tell which ones a revision did not await. */
    readonly tracker?: OperationTracker;
    /** Reads the SQL of `op.execute()`/`op.query()` when they are called: the running dialect's lexer. */
    readonly sqlLexer?: SqlLexer | undefined;
}
export declare class MigrationOps {
    #private;
    constructor(executor: OperationExecutor, options?: MigrationOpsOptions);
    /**
     * The run context: `op.context.get("tenant")` for `-x tenant=acme`,
     * `op.context.require("tenant")`, `op.context.flag("dry")`, `op.context.tag`.
     */
    get context(): RunContext;
    /** True when generating an offline SQL script: `query()` is unavailable. */
    get offline(): boolean;
    /** Runs an operation object (as built by autogenerate or by hand). */
    invoke(op: Operation): Promise<void>;
    /** `op.createTable("users", { columns: [{ name: "id", type: t.bigint(), primaryKey: true, identity: "always" }] })` */
    createTable(name: string, spec: CreateTableSpec): Promise<void>;
    dropTable(name: string, options?: DropTableOptions): Promise<void>;
    renameTable(name: string, newName: string, options?: SchemaOption): Promise<void>;
    /** `op.addColumn("users", { name: "email", type: t.varchar(255), nullable: false })` */
    addColumn(table: string, column: ColumnDefinition, options?: AddColumnOptions): Promise<void>;
    dropColumn(table: string, column: string, options?: DropColumnOptions): Promise<void>;
    /**
     * `op.alterColumn("users", "email", { type: t.text(), nullable: true, existingType: t.varchar(255) })`.
     * `default: null` / `comment: null` remove them; `existing*` make the change reversible.
     */
    alterColumn(table: string, column: string, changes: AlterColumnOptions): Promise<void>;
    /** `op.createIndex("ix_users_email", "users", ["email"], { unique: true, where: "deleted_at IS NULL" })` */
    createIndex(name: string, table: string, columns: IndexDefinition["columns"], options?: CreateIndexOptions): Promise<void>;
    dropIndex(name: string, options?: DropIndexOptions): Promise<void>;
    /** `name: null` lets the database name it (the op is then not reversible). */
    createPrimaryKey(name: string | null, table: string, columns: readonly string[], options?: SchemaOption): Promise<void>;
    createUniqueConstraint(name: string | null, table: string, columns: readonly string[], options?: CreateUniqueConstraintOptions): Promise<void>;
    /** `op.createForeignKey("fk_orders_user", "orders", ["user_id"], "users", ["id"], { onDelete: "cascade" })` */
    createForeignKey(name: string | null, table: string, columns: readonly string[], refTable: string, refColumns: readonly string[], options?: CreateForeignKeyOptions): Promise<void>;
    /** The condition is SQL: `op.createCheckConstraint("ck_price", "items", "price >= 0")`. */
    createCheckConstraint(name: string | null, table: string, expression: SqlText, options?: CreateCheckConstraintOptions): Promise<void>;
    /** `name` null: a constraint the database keeps no name for (SQLite), identified by `options.original`. */
    dropConstraint(name: string | null, table: string, options?: DropConstraintOptions): Promise<void>;
    createEnum(name: string, values: readonly string[], options?: SchemaOption): Promise<void>;
    dropEnum(name: string, options?: DropEnumOptions): Promise<void>;
    /** `ALTER TYPE ... ADD VALUE`. On PostgreSQL < 12 it needs `op.autocommit()` or a non-transactional revision. */
    addEnumValue(name: string, value: string, options?: AddEnumValueOptions): Promise<void>;
    renameEnumValue(name: string, from: string, to: string, options?: SchemaOption): Promise<void>;
    /**
     * Removes a value from an enum type by rebuilding it (new type, columns converted, old type dropped, new one
     * renamed); refuses when a row holds the value. The reverse of `addEnumValue`.
     */
    dropEnumValue(name: string, value: string, options?: DropEnumValueOptions): Promise<void>;
    createSchema(name: string, options?: {
        readonly ifNotExists?: boolean;
    }): Promise<void>;
    dropSchema(name: string, options?: {
        readonly ifExists?: boolean;
        readonly cascade?: boolean;
    }): Promise<void>;
    /** `comment: null` removes the comment. */
    setTableComment(table: string, comment: string | null, options?: SetTableCommentOptions): Promise<void>;
    setColumnComment(table: string, column: string, comment: string | null, options?: SetColumnCommentOptions): Promise<void>;
    /**
     * Runs SQL (`$1`, `$2`, ... bind `params`). Refuses transaction control
     * (BEGIN, COMMIT, ...): use `export const transactional = false` or `op.autocommit()`.
     */
    execute(sql: string, params?: readonly SqlValue[]): Promise<void>;
    /** Runs a query and returns its rows (for data migrations; not available offline). */
    query<R = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<R[]>;
    /** Inserts rows; keys are column names, a missing key inserts the column's DEFAULT. */
    bulkInsert(table: string, rows: readonly RowValues[], options?: SchemaOption): Promise<void>;
    /**
     * Runs `fn` outside the migration transaction, each statement committed on
     * its own (for `CREATE INDEX CONCURRENTLY`, `ALTER TYPE ... ADD VALUE` on old servers).
     */
    autocommit<T>(fn: () => Promise<T>): Promise<T>;
}
/** An executor that only records ops (tests, autogenerate previews, `renderOperationTs` round trips). */
export declare class RecordingExecutor implements OperationExecutor {
    readonly ops: Operation[];
    readonly offline = true;
    run(op: Operation): Promise<void>;
    query<R>(): Promise<R[]>;
    autocommit<T>(fn: () => Promise<T>): Promise<T>;
}
