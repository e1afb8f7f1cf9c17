/**
 * `MigrationOps`: the `op` object a revision's `upgrade(op)` / `downgrade(op)`
 * receives. Each method builds an operation object, checks it, and hands it
 * to an injected executor: the online runner executes it, the offline
 * runner prints it as SQL, a recorder collects it.
 */
import { EMPTY_RUN_CONTEXT, type RunContext } from "../config/run-context.js";
import type { SqlLexer } from "../dialects/dialect.js";
import type { ColumnDefinition } from "../schema/column.js";
import type { IndexDefinition } from "../schema/indexes.js";
import type { SqlText } from "../schema/sql-expression.js";
import type { RowValues, SqlValue } from "../schema/value.js";
import { type AddColumnOptions, addColumnOp } from "./add-column.js";
import { type AddEnumValueOptions, addEnumValueOp } from "./add-enum-value.js";
import { type AlterColumnOptions, alterColumnOp } from "./alter-column.js";
import { bulkInsertOp } from "./bulk-insert.js";
import { type CreateCheckConstraintOptions, createCheckConstraintOp } from "./create-check-constraint.js";
import { createEnumOp } from "./create-enum.js";
import { type CreateForeignKeyOptions, createForeignKeyOp } from "./create-foreign-key.js";
import { type CreateIndexOptions, createIndexOp } from "./create-index.js";
import { createPrimaryKeyOp } from "./create-primary-key.js";
import { createSchemaOp } from "./create-schema.js";
import { type CreateTableSpec, createTableOp } from "./create-table.js";
import { type CreateUniqueConstraintOptions, createUniqueConstraintOp } from "./create-unique-constraint.js";
import { type DropColumnOptions, dropColumnOp } from "./drop-column.js";
import { type DropConstraintOptions, dropConstraintOp } from "./drop-constraint.js";
import { type DropEnumOptions, dropEnumOp } from "./drop-enum.js";
import { type DropIndexOptions, dropIndexOp } from "./drop-index.js";
import { dropSchemaOp } from "./drop-schema.js";
import { type DropTableOptions, dropTableOp } from "./drop-table.js";
import { executeOp } from "./execute.js";
import type { Operation } from "./operation.js";
import { renameEnumValueOp } from "./rename-enum-value.js";
import { type DropEnumValueOptions, dropEnumValueOp } from "./drop-enum-value.js";
import { renameTableOp } from "./rename-table.js";
import { type SetColumnCommentOptions, setColumnCommentOp } from "./set-column-comment.js";
import { type SetTableCommentOptions, setTableCommentOp } from "./set-table-comment.js";
import type { OperationTracker } from "./operation-tracker.js";
import { assertNoClientCommand } from "./client-commands.js";
import { assertNoTransactionControl } from "./transaction-control.js";
import { validateOperation } from "./validate.js";

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

export type SchemaOption = { readonly schema?: string };

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

export class MigrationOps {
  readonly #executor: OperationExecutor;
  readonly #offline: boolean;
  readonly #tracker: OperationTracker | undefined;
  readonly #sqlLexer: SqlLexer | undefined;

  readonly #context: RunContext;

  constructor(executor: OperationExecutor, options?: MigrationOpsOptions) {
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
  get context(): RunContext {
    return this.#context;
  }

  /** True when generating an offline SQL script: `query()` is unavailable. */
  get offline(): boolean {
    return this.#offline;
  }

  /** Runs an operation object (as built by autogenerate or by hand). */
  invoke(op: Operation): Promise<void> {
    return this.#do("invoke", [op], () => op);
  }

  /** `op.createTable("users", { columns: [{ name: "id", type: t.bigint(), primaryKey: true, identity: "always" }] })` */
  createTable(name: string, spec: CreateTableSpec): Promise<void> {
    return this.#do("createTable", [name, spec], () => createTableOp(name, spec));
  }

  dropTable(name: string, options?: DropTableOptions): Promise<void> {
    return this.#do("dropTable", [name, options], () => dropTableOp(name, options));
  }

  renameTable(name: string, newName: string, options?: SchemaOption): Promise<void> {
    return this.#do("renameTable", [name, newName, options], () => renameTableOp(name, newName, options));
  }

  /** `op.addColumn("users", { name: "email", type: t.varchar(255), nullable: false })` */
  addColumn(table: string, column: ColumnDefinition, options?: AddColumnOptions): Promise<void> {
    return this.#do("addColumn", [table, column, options], () => addColumnOp(table, column, options));
  }

  dropColumn(table: string, column: string, options?: DropColumnOptions): Promise<void> {
    return this.#do("dropColumn", [table, column, options], () => dropColumnOp(table, column, options));
  }

  /**
   * `op.alterColumn("users", "email", { type: t.text(), nullable: true, existingType: t.varchar(255) })`.
   * `default: null` / `comment: null` remove them; `existing*` make the change reversible.
   */
  alterColumn(table: string, column: string, changes: AlterColumnOptions): Promise<void> {
    return this.#do("alterColumn", [table, column, changes], () => alterColumnOp(table, column, changes));
  }

  /** `op.createIndex("ix_users_email", "users", ["email"], { unique: true, where: "deleted_at IS NULL" })` */
  createIndex(name: string, table: string, columns: IndexDefinition["columns"], options?: CreateIndexOptions): Promise<void> {
    return this.#do("createIndex", [name, table, columns, options], () => createIndexOp(name, table, columns, options));
  }

  dropIndex(name: string, options?: DropIndexOptions): Promise<void> {
    return this.#do("dropIndex", [name, options], () => dropIndexOp(name, options));
  }

  /** `name: null` lets the database name it (the op is then not reversible). */
  createPrimaryKey(name: string | null, table: string, columns: readonly string[], options?: SchemaOption): Promise<void> {
    return this.#do("createPrimaryKey", [name, table, columns, options], () => createPrimaryKeyOp(name, table, columns, options));
  }

  createUniqueConstraint(
    name: string | null,
    table: string,
    columns: readonly string[],
    options?: CreateUniqueConstraintOptions,
  ): Promise<void> {
    return this.#do("createUniqueConstraint", [name, table, columns, options], () => createUniqueConstraintOp(name, table, columns, options));
  }

  /** `op.createForeignKey("fk_orders_user", "orders", ["user_id"], "users", ["id"], { onDelete: "cascade" })` */
  createForeignKey(
    name: string | null,
    table: string,
    columns: readonly string[],
    refTable: string,
    refColumns: readonly string[],
    options?: CreateForeignKeyOptions,
  ): Promise<void> {
    return this.#do("createForeignKey", [name, table, columns, refTable, refColumns, options], () => createForeignKeyOp(name, table, columns, refTable, refColumns, options));
  }

  /** The condition is SQL: `op.createCheckConstraint("ck_price", "items", "price >= 0")`. */
  createCheckConstraint(name: string | null, table: string, expression: SqlText, options?: CreateCheckConstraintOptions): Promise<void> {
    return this.#do("createCheckConstraint", [name, table, expression, options], () => createCheckConstraintOp(name, table, expression, options));
  }

  /** `name` null: a constraint the database keeps no name for (SQLite), identified by `options.original`. */
  dropConstraint(name: string | null, table: string, options?: DropConstraintOptions): Promise<void> {
    return this.#do("dropConstraint", [name, table, options], () => dropConstraintOp(name, table, options));
  }

  createEnum(name: string, values: readonly string[], options?: SchemaOption): Promise<void> {
    return this.#do("createEnum", [name, values, options], () => createEnumOp(name, values, options));
  }

  dropEnum(name: string, options?: DropEnumOptions): Promise<void> {
    return this.#do("dropEnum", [name, options], () => dropEnumOp(name, options));
  }

  /** `ALTER TYPE ... ADD VALUE`. On PostgreSQL < 12 it needs `op.autocommit()` or a non-transactional revision. */
  addEnumValue(name: string, value: string, options?: AddEnumValueOptions): Promise<void> {
    return this.#do("addEnumValue", [name, value, options], () => addEnumValueOp(name, value, options));
  }

  renameEnumValue(name: string, from: string, to: string, options?: SchemaOption): Promise<void> {
    return this.#do("renameEnumValue", [name, from, to, options], () => renameEnumValueOp(name, from, to, options));
  }

  /**
   * Removes a value from an enum type by rebuilding it (new type, columns converted, old type dropped, new one
   * renamed); refuses when a row holds the value. The reverse of `addEnumValue`.
   */
  dropEnumValue(name: string, value: string, options?: DropEnumValueOptions): Promise<void> {
    return this.#do("dropEnumValue", [name, value, options], () => dropEnumValueOp(name, value, options));
  }

  createSchema(name: string, options?: { readonly ifNotExists?: boolean }): Promise<void> {
    return this.#do("createSchema", [name, options], () => createSchemaOp(name, options));
  }

  dropSchema(name: string, options?: { readonly ifExists?: boolean; readonly cascade?: boolean }): Promise<void> {
    return this.#do("dropSchema", [name, options], () => dropSchemaOp(name, options));
  }

  /** `comment: null` removes the comment. */
  setTableComment(table: string, comment: string | null, options?: SetTableCommentOptions): Promise<void> {
    return this.#do("setTableComment", [table, comment, options], () => setTableCommentOp(table, comment, options));
  }

  setColumnComment(table: string, column: string, comment: string | null, options?: SetColumnCommentOptions): Promise<void> {
    return this.#do("setColumnComment", [table, column, comment, options], () => setColumnCommentOp(table, column, comment, options));
  }

  /**
   * Runs SQL (`$1`, `$2`, ... bind `params`). Refuses transaction control
   * (BEGIN, COMMIT, ...): use `export const transactional = false` or `op.autocommit()`.
   */
  execute(sql: string, params?: readonly SqlValue[]): Promise<void> {
    return this.#do("execute", [sql, params], () => executeOp(sql, params));
  }

  /** Runs a query and returns its rows (for data migrations; not available offline). */
  query<R = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<R[]> {
    return this.#track("query", [sql, params], async () => {
      assertNoTransactionControl(sql, "op.query()", this.#sqlLexer);
      assertNoClientCommand(sql, "op.query()", this.#sqlLexer);
      return this.#executor.query<R>(sql, params);
    });
  }

  /** Inserts rows; keys are column names, a missing key inserts the column's DEFAULT. */
  bulkInsert(table: string, rows: readonly RowValues[], options?: SchemaOption): Promise<void> {
    return this.#do("bulkInsert", [table, rows, options], () => bulkInsertOp(table, rows, options));
  }

  /**
   * Runs `fn` outside the migration transaction, each statement committed on
   * its own (for `CREATE INDEX CONCURRENTLY`, `ALTER TYPE ... ADD VALUE` on old servers).
   */
  autocommit<T>(fn: () => Promise<T>): Promise<T> {
    return this.#track("autocommit", [fn], () => this.#executor.autocommit(fn));
  }

  /** Builds, checks and runs one operation; `method` and `args` name the call (see OperationTracker). */
  #do(method: string, args: readonly unknown[], build: () => Operation): Promise<void> {
    return this.#track(method, args, async () => {
      const op = build();
      validateOperation(op, this.#sqlLexer);
      // psql-only SQL fails on the server with a syntax error far from its cause; a --sql script is run by psql
      if (op.kind === "execute" && !this.#offline) assertNoClientCommand(op.sql, "op.execute()", this.#sqlLexer);
      await this.#executor.run(op);
    });
  }

  #track<T>(method: string, args: readonly unknown[], start: () => Promise<T>): Promise<T> {
    return this.#tracker ? this.#tracker.track(method, args, start) : start();
  }
}

/** An executor that only records ops (tests, autogenerate previews, `renderOperationTs` round trips). */
export class RecordingExecutor implements OperationExecutor {
  readonly ops: Operation[] = [];
  readonly offline = true;

  async run(op: Operation): Promise<void> {
    this.ops.push(op);
  }

  async query<R>(): Promise<R[]> {
    throw new Error("RecordingExecutor cannot run queries");
  }

  async autocommit<T>(fn: () => Promise<T>): Promise<T> {
    return fn();
  }
}
