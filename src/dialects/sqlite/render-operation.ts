/**
 * Operations as SQLite statements. Native forms where SQLite has them (add,
 * rename and drop column, rename table, indexes); a table rebuild for the
 * rest, which needs the table's current definition (`RenderContext.table`).
 * Operations SQLite has no meaning for are refused with one line naming the
 * alternative.
 */
import { AthanorError } from "../../errors.js";
import { describeOperation } from "../../operations/classify.js";
import { assertNever, type Operation } from "../../operations/operation.js";
import { validateOperation } from "../../operations/validate.js";
import type { SqlLexer, SqlStatement } from "../dialect.js";
import { refuseUnsupportedTypes } from "../unsupported.js";
import { identifierName, isName, significant, tokenizeDdl } from "./ddl-tokens.js";
import { quoteIdentifier } from "./quote.js";
import { rebuildStatements } from "./rebuild.js";
import { renameTableStatements } from "./table-rename.js";
import { renderBulkInsert, renderExecute } from "./render-data.js";
import { addedColumnSql, createIndexSql, DIALECT, refuse, tableSql } from "./render-definitions.js";
import { sqliteTypeSupport } from "./render-type.js";
import {
  addColumnToDraft,
  addConstraintToDraft,
  alterColumnInDraft,
  constraintOf,
  dropBlocker,
  dropColumnFromDraft,
  dropConstraintFromDraft,
  type RebuildDraft,
  startDraft,
} from "./table-edit.js";
import { renamedColumn, renamedTable } from "./renamed-references.js";
import { type ColumnSql, columnText, findColumn, renderTableSql, sameName, type TableSql } from "./table-sql.js";
import type { TableState } from "./table-state.js";
import { foldName } from "../../util/fold-name.js";
import { columnRenameOf } from "../../operations/alter-column.js";

/** SQLite 3.25: ALTER TABLE ... RENAME COLUMN. */
export const RENAME_COLUMN_VERSION = 3_025_000;
/** SQLite 3.35: ALTER TABLE ... DROP COLUMN. */
export const DROP_COLUMN_VERSION = 3_035_000;

export interface RenderContext {
  /** The table's current state; null: no such table; undefined: unknown (offline, created before the script). */
  table(name: string): TableState | null | undefined;
  /** SQLite's version as a number (3045001 for 3.45.1). */
  readonly version: number;
  /** Offline: the words for the refusal when a rebuild needs a table whose definition is unknown. */
  readonly offline: boolean;
  readonly lexer?: SqlLexer | undefined;
  /** Offline: why a table the script once knew is unknown now (undefined: it never knew it). */
  unknownBecause?(name: string): string | undefined;
}

/** The statements, and the table's state after them (for the offline record). */
export interface Rendered {
  /** The statements (before the rebuild, when there is one). */
  readonly statements: SqlStatement[];
  /** Tables whose state changed: name → new state (null: dropped). */
  readonly states?: ReadonlyMap<string, TableState | null>;
  /** A rebuild, still open: later operations on the same table may join it (see SqliteRenderSession). */
  readonly rebuild?: PendingRebuild;
}

/** A table rebuild not written yet: the table as it is, and the draft of what it becomes. */
export interface PendingRebuild {
  /** The table as the database holds it (kept true when an index of it is dropped before the rebuild is written). */
  state: TableState;
  readonly draft: RebuildDraft;
  /**
   * Online: the views that name a column the rebuild drops. Each is read
   * (`SELECT * FROM view LIMIT 0`) after the rebuild, so that one the drop
   * broke fails the step, as SQLite's own DROP COLUMN refuses it, instead of
   * being left broken.
   */
  views?: Set<string>;
}

/** All of a rendering's statements, its rebuild written out. */
export function allStatements(r: Rendered): SqlStatement[] {
  return r.rebuild ? [...r.statements, ...rebuildStatements(r.rebuild.state, r.rebuild.draft)] : r.statements;
}

/** The checks every operation passes before it is rendered (or joins a rebuild). */
export function checkOperation(op: Operation, lexer: SqlLexer | undefined): void {
  validateOperation(op, lexer);
  refuseUnsupportedTypes(op, DIALECT, sqliteTypeSupport);
  noSchema(op);
}

/**
 * Applies `op` to an open rebuild of its table, when it is a change a rebuild
 * can take: any column or constraint change but a rename, and the table's
 * indexes (written again after the rebuild, like the ones it had). Returns
 * the statements that must run now (none, or the DROP INDEX of an index the
 * table has in the database), or null when `op` can't join.
 */
export function joinRebuild(op: Operation, rebuild: PendingRebuild): SqlStatement[] | null {
  const where = describeOperation(op);
  const draft = rebuild.draft;
  switch (op.kind) {
    case "addColumn": {
      if (op.ifNotExists && findColumn(draft.table, op.column.name)) return [];
      addColumnToDraft(draft, addedColumnSql(op.column, op.table, where), where);
      return [];
    }
    case "dropColumn":
      if (op.cascade) return null;
      if (op.ifExists && !findColumn(draft.table, op.column)) return [];
      dropColumnFromDraft(draft, op.column, where);
      return [];
    case "alterColumn":
      // a rename (also of the letters' case only, which SQLite keeps) runs as SQLite's RENAME COLUMN
      if (columnRenameOf(op) !== undefined || op.comment !== undefined) return null;
      alterColumnInDraft(draft, op, op.column, where);
      return [];
    case "createPrimaryKey":
    case "createUniqueConstraint":
    case "createForeignKey":
    case "createCheckConstraint":
      addConstraintToDraft(draft, constraintOf(op, where), where);
      return [];
    case "dropConstraint":
      dropConstraintFromDraft(draft, op, where);
      return [];
    case "createIndex": {
      if (op.concurrently) return null;
      if (op.ifNotExists && draft.objects.some((o) => sameName(o.name, op.name))) return [];
      const sql = createIndexSql(op.table, op, where, op.ifNotExists === true);
      draft.objects = [...draft.objects, { type: "index", name: op.name, sql }];
      return [];
    }
    case "dropIndex":
      return joinDropIndex(op, rebuild);
    default:
      return null;
  }
}

/**
 * An index of a table whose rebuild is open: it is not written again after
 * the rebuild, and if the table has it in the database, it is dropped now
 * (its name is free at once, as after a DROP INDEX run in place).
 */
function joinDropIndex(op: Extract<Operation, { kind: "dropIndex" }>, rebuild: PendingRebuild): SqlStatement[] | null {
  if (op.concurrently || op.cascade) return null;
  const isIt = (o: TableState["objects"][number]) => o.type === "index" && sameName(o.name, op.name);
  if (!rebuild.draft.objects.some(isIt)) return null;
  rebuild.draft.objects = rebuild.draft.objects.filter((o) => !isIt(o));
  if (!rebuild.state.objects.some(isIt)) return [];
  rebuild.state = { ...rebuild.state, objects: rebuild.state.objects.filter((o) => !isIt(o)) };
  return [{ sql: `DROP INDEX ${quoteIdentifier(op.name)}` }];
}

const NO_SCHEMAS = "SQLite has no schemas: one database file is one schema; use a separate database file";

function noSchema(op: Operation): void {
  const schema = (op as { schema?: string }).schema;
  if (schema !== undefined && schema !== null && schema !== "main") refuse(`${describeOperation(op)} (schema ${schema})`, NO_SCHEMAS);
}

function known(ctx: RenderContext, table: string, op: Operation): TableState {
  const state = ctx.table(table);
  if (state === null) throw new AthanorError("DIALECT.UNSUPPORTED", `${describeOperation(op)}: there is no table ${table}`);
  const because = state === undefined ? ctx.unknownBecause?.(table) : undefined;
  if (because !== undefined)
    throw new AthanorError(
      "OFFLINE.NEEDS_CONNECTION",
      `${describeOperation(op)} rebuilds the table on sqlite, and --sql can't follow table ${table} any more: ${because}; run this revision online, or put the rename in a revision of its own`,
    );
  if (state === undefined)
    throw new AthanorError(
      "OFFLINE.NEEDS_CONNECTION",
      `${describeOperation(op)} rebuilds the table on sqlite, and --sql does not know table ${table}: it follows the tables that the revisions before the script ` +
        "and the script's own operations built, and this one was built another way (raw SQL it can't read, a revision whose upgrade() needs the database); " +
        "run this part online, or write the script from base (upgrade --sql base:<revision>)",
    );
  return state;
}

function one(table: string, state: TableState | null): ReadonlyMap<string, TableState | null> {
  return new Map([[table, state]]);
}

export function renderSqliteOperation(op: Operation, ctx: RenderContext): Rendered {
  checkOperation(op, ctx.lexer);
  const where = describeOperation(op);
  switch (op.kind) {
    case "createTable": {
      const def = tableSql({ ...op, name: op.table, ...(op.schema === undefined ? {} : { schema: op.schema }) }, where);
      const create = renderCreateTable(def, op.ifNotExists === true);
      const indexes = (op.indexes ?? []).map((i) => createIndexSql(op.table, i, where));
      const state: TableState = { table: def, objects: indexes.map((sql, i) => ({ type: "index", name: op.indexes?.[i]?.name ?? "", sql })) };
      return { statements: [{ sql: create }, ...indexes.map((sql) => ({ sql }))], states: one(op.table, state) };
    }
    case "dropTable":
      if (op.cascade) refuse(`${where} with cascade`, "SQLite drops no dependent objects: drop the referencing foreign keys (or tables) first");
      return { statements: [{ sql: `DROP TABLE ${op.ifExists ? "IF EXISTS " : ""}${quoteIdentifier(op.table)}` }], states: one(op.table, null) };
    case "renameTable": {
      const state = ctx.table(op.table);
      const states = new Map<string, TableState | null>([[op.table, null]]);
      if (state) states.set(op.newName, renamedTable(state, op.newName));
      return { statements: renameTableStatements(op.table, op.newName), states };
    }
    case "addColumn":
      return renderAddColumn(op, ctx, where);
    case "dropColumn":
      return renderDropColumn(op, ctx, where);
    case "alterColumn":
      return renderAlterColumn(op, ctx, where);
    case "createIndex": {
      if (op.concurrently) refuse(`${where} concurrently`, "SQLite builds every index inside the transaction, locking writers out meanwhile: drop concurrently");
      const sql = createIndexSql(op.table, op, where, op.ifNotExists === true);
      const state = ctx.table(op.table);
      return {
        statements: [{ sql }],
        ...(state ? { states: one(op.table, { ...state, objects: [...state.objects, { type: "index", name: op.name, sql }] }) } : {}),
      };
    }
    case "dropIndex": {
      if (op.concurrently) refuse(`${where} concurrently`, "drop concurrently");
      if (op.cascade) refuse(`${where} with cascade`, "drop cascade");
      const statements = [{ sql: `DROP INDEX ${op.ifExists ? "IF EXISTS " : ""}${quoteIdentifier(op.name)}` }];
      const table = op.table ?? op.original?.table;
      const state = table ? ctx.table(table) : undefined;
      if (!table || !state) return { statements };
      return { statements, states: one(table, { ...state, objects: state.objects.filter((o) => !(o.type === "index" && sameName(o.name, op.name))) }) };
    }
    case "createPrimaryKey":
    case "createUniqueConstraint":
    case "createForeignKey":
    case "createCheckConstraint": {
      const state = known(ctx, op.table, op);
      const draft = startDraft(state);
      addConstraintToDraft(draft, constraintOf(op, where), where);
      return rebuilt(state, draft);
    }
    case "dropConstraint": {
      const state = ctx.table(op.table);
      if (state === null && op.ifExists) return { statements: [] };
      const current = known(ctx, op.table, op);
      const draft = startDraft(current);
      const before = draft.table;
      dropConstraintFromDraft(draft, op, where);
      if (draft.table === before) return { statements: [] };
      return rebuilt(current, draft);
    }
    case "createEnum":
    case "dropEnum":
    case "addEnumValue":
    case "renameEnumValue":
    case "dropEnumValue":
      return refuse(where, "SQLite has no enum types: use t.enum(name, values) on the column, which SQLite stores as TEXT with a CHECK (column IN (...)); change the values with op.alterColumn(..., { type: t.enum(name, newValues) })");
    case "createSchema":
    case "dropSchema":
      return refuse(where, NO_SCHEMAS);
    case "setTableComment":
    case "setColumnComment":
      return refuse(where, "SQLite stores no comments: remove the operation (a comment in the revision file, or a `-- comment` in the CREATE TABLE through op.execute, documents it)");
    case "execute":
      return { statements: renderExecute(op) };
    case "bulkInsert":
      return { statements: renderBulkInsert(op) };
    default:
      return assertNever(op);
  }
}

function renderCreateTable(def: TableSql, ifNotExists: boolean): string {
  const sql = renderTableSql(def);
  return ifNotExists ? sql.replace(/^CREATE TABLE /, "CREATE TABLE IF NOT EXISTS ") : sql;
}

function rebuilt(state: TableState, draft: RebuildDraft): Rendered {
  return { statements: [], rebuild: { state, draft } };
}

/** ADD COLUMN can't add a key, a UNIQUE column, a non-constant default, NOT NULL without a default, or a STORED generated column. */
function nativeAddBlocker(col: ColumnSql): string | null {
  const has = (kind: string) => col.constraints.some((k) => k.kind === kind);
  if (has("primaryKey") || has("unique")) return "a PRIMARY KEY or UNIQUE column";
  const dflt = col.constraints.find((k) => k.kind === "default");
  if (dflt && /^(CONSTRAINT\s+\S+\s+)?DEFAULT\s*\(/i.test(dflt.text)) return "an expression default";
  if (dflt && /DEFAULT\s+CURRENT_/i.test(dflt.text)) return "a CURRENT_* default";
  if (has("notNull") && (!dflt || /DEFAULT\s+NULL$/i.test(dflt.text))) return "NOT NULL without a default";
  if (col.constraints.some((k) => k.kind === "generated" && /\bSTORED$/i.test(k.text))) return "a STORED generated column";
  if (has("references") && dflt && !/DEFAULT\s+NULL$/i.test(dflt.text)) return "a foreign key with a default";
  return null;
}

function renderAddColumn(op: Extract<Operation, { kind: "addColumn" }>, ctx: RenderContext, where: string): Rendered {
  const col = addedColumnSql(op.column, op.table, where);
  const state = ctx.table(op.table);
  if (op.ifNotExists && state && findColumn(state.table, op.column.name)) return { statements: [] };
  const blocker = nativeAddBlocker(col);
  if (blocker === null) {
    const statements = [{ sql: `ALTER TABLE ${quoteIdentifier(op.table)} ADD COLUMN ${columnText(col)}` }];
    if (!state) return { statements };
    return { statements, states: one(op.table, { ...state, table: { ...state.table, columns: [...state.table.columns, col] } }) };
  }
  if (op.ifNotExists) refuse(`${where} if not exists (${blocker})`, "drop ifNotExists: SQLite must rebuild the table to add this column");
  const current = known(ctx, op.table, op);
  const draft = startDraft(current);
  addColumnToDraft(draft, col, where);
  return rebuilt(current, draft);
}

function renderDropColumn(op: Extract<Operation, { kind: "dropColumn" }>, ctx: RenderContext, where: string): Rendered {
  if (op.cascade) refuse(`${where} with cascade`, "drop what uses the column first, then the column");
  const state = ctx.table(op.table);
  const native = { sql: `ALTER TABLE ${quoteIdentifier(op.table)} DROP COLUMN ${quoteIdentifier(op.column)}` };
  if (state === undefined) {
    if (ctx.version < DROP_COLUMN_VERSION) known(ctx, op.table, op);
    return { statements: [native] };
  }
  if (state === null) {
    if (op.ifExists) return { statements: [] };
    throw new AthanorError("DIALECT.UNSUPPORTED", `${where}: there is no table ${op.table}`);
  }
  const column = findColumn(state.table, op.column);
  if (!column) {
    if (op.ifExists) return { statements: [] };
    throw new AthanorError("DIALECT.UNSUPPORTED", `${where}: table ${op.table} has no column ${op.column}`);
  }
  const draft = startDraft(state);
  const blocked = dropBlocker(draft, op.column);
  if (blocked) throw new AthanorError("DIALECT.UNSUPPORTED", `${where}: ${blocked}`);
  const ownConstraint = column.constraints.some((k) => k.kind === "primaryKey" || k.kind === "unique" || k.kind === "references");
  dropColumnFromDraft(draft, op.column, where);
  if (ctx.version >= DROP_COLUMN_VERSION && !ownConstraint) return { statements: [native], states: one(op.table, { table: draft.table, objects: draft.objects }) };
  return rebuilt(state, draft);
}

function renderAlterColumn(op: Extract<Operation, { kind: "alterColumn" }>, ctx: RenderContext, where: string): Rendered {
  if (op.comment !== undefined) refuse(`${where}: comment`, "SQLite stores no comments: drop the comment change");
  const statements: SqlStatement[] = [];
  let state = ctx.table(op.table);
  let name = op.column;
  const rename = columnRenameOf(op) !== undefined;
  const changes = op.type !== undefined || op.nullable !== undefined || op.default !== undefined || op.sqlite?.collation !== undefined;
  if (rename && changes && op.newName !== undefined && ctx.version >= RENAME_COLUMN_VERSION && state?.objects.some((o) => o.type === "trigger"))
    return rebuiltThenRenamed(op, state, op.newName, where);
  if (rename && op.newName !== undefined) {
    if (ctx.version >= RENAME_COLUMN_VERSION) {
      statements.push({ sql: `ALTER TABLE ${quoteIdentifier(op.table)} RENAME COLUMN ${quoteIdentifier(op.column)} TO ${quoteIdentifier(op.newName)}` });
      if (state) state = renamedColumn(state, op.column, op.newName);
      name = op.newName;
    }
  }
  const rebuild = changes || (rename && name === op.column);
  if (!rebuild) return { statements, ...(state ? { states: one(op.table, state) } : {}) };
  const current = state ?? known(ctx, op.table, op);
  const draft = startDraft(current);
  if (rename && name === op.column && op.newName !== undefined) {
    // SQLite before 3.25: the rename is a rebuild too
    const col = findColumn(draft.table, op.column);
    if (!col) throw new AthanorError("DIALECT.UNSUPPORTED", `${where}: table ${op.table} has no column ${op.column}`);
    draft.table = { ...draft.table, columns: draft.table.columns.map((c) => (c === col ? { name: op.newName as string, type: c.type, constraints: c.constraints } : c)) };
    draft.copy.delete(foldName(op.column));
    draft.copy.set(foldName(op.newName), quoteIdentifier(op.column));
    name = op.newName;
  }
  alterColumnInDraft(draft, op, name, where);
  return { statements, rebuild: { state: current, draft } };
}

/**
 * A rename and other changes of a column of a table with a trigger: the
 * rebuild first, under the old name, written at once, then SQLite's RENAME
 * COLUMN, which rewrites the triggers' bodies as only its parser can (the
 * rebuild writes them back as they are; renamed first, they would name the
 * old column).
 */
function rebuiltThenRenamed(op: Extract<Operation, { kind: "alterColumn" }>, state: TableState, to: string, where: string): Rendered {
  const draft = startDraft(state);
  alterColumnInDraft(draft, op, op.column, where);
  const rename = { sql: `ALTER TABLE ${quoteIdentifier(op.table)} RENAME COLUMN ${quoteIdentifier(op.column)} TO ${quoteIdentifier(to)}` };
  return {
    statements: [...rebuildStatements(state, draft), rename],
    states: one(op.table, renamedColumn({ table: draft.table, objects: draft.objects }, op.column, to)),
  };
}

/** The tables an `op.execute` script creates, changes or drops (for the offline record): best effort, by each statement's leading words. */
export function executeEffects(statements: readonly string[]): { created: string[]; touched: string[] } {
  const created: string[] = [];
  const touched: string[] = [];
  for (const text of statements) {
    const stmt = significant(tokenizeDdl(text));
    const first = stmt[0]?.text.toUpperCase();
    if (first === "CREATE") created.push(text);
    else if (first === "DROP" || first === "ALTER") {
      const on = stmt.findIndex((x, j) => j > 0 && /^(TABLE|INDEX|TRIGGER|VIEW)$/i.test(x.text));
      let n = on + 1;
      while (stmt[n] && /^(IF|EXISTS)$/i.test(stmt[n]?.text ?? "")) n++;
      const nameToken = stmt[n];
      if (isName(nameToken)) touched.push(identifierName(nameToken));
    }
  }
  return { created, touched };
}
