/**
 * The SQLite renderer's session (see RenderSession in dialect.ts). Online it
 * reads the definition of the table an operation changes from the live
 * database just before rendering it; offline it keeps a record of the tables
 * the script's earlier operations created and changed, so that a rebuild is
 * written out in full, and refuses a rebuild of a table it has not seen.
 * Either way it holds each table's rebuild open while the step goes on, so
 * that all of a table's changes in a step are one rebuild (HeldRebuilds,
 * rebuild-order.ts).
 */
import type { Operation } from "../../operations/operation.js";
import type { RenderSession, SchemaReader, SqlLexer, SqlStatement } from "../dialect.js";
import { rebuildStatements } from "./rebuild.js";
import { mentionsIdentifier } from "./ddl-tokens.js";
import { quoteIdentifier } from "./quote.js";
import { HeldRebuilds } from "./held-rebuilds.js";
import { followRename, hoistColumnRename, hoistTableRename, renameInDraft } from "./hoisted-rename.js";
import { followsRename } from "./rebuild-order.js";
import {
  checkOperation,
  DROP_COLUMN_VERSION,
  executeEffects,
  joinRebuild,
  type PendingRebuild,
  type RenderContext,
  type Rendered,
  renderSqliteOperation,
} from "./render-operation.js";
import { afterColumnRename, afterTableRename } from "./renamed-references.js";
import { parseCreateTable, renderTableSql, sameName } from "./table-sql.js";
import { objectOf, readTableState, type TableState } from "./table-state.js";
import { foldName } from "../../util/fold-name.js";
import { columnRenameOf } from "../../operations/alter-column.js";

/** The SQLite an offline script is written for: 3.35 or later (native DROP COLUMN). */
export const OFFLINE_VERSION = DROP_COLUMN_VERSION;

/** `3.45.1` as 3045001. */
export function versionNumber(text: string): number {
  const [a = 0, b = 0, c = 0] = text.split(".").map((n) => Number.parseInt(n, 10) || 0);
  return a * 1_000_000 + b * 1_000 + c;
}

/** The table whose current definition rendering `op` may need (online, read first). */
function tableNeeded(op: Operation): string | null {
  switch (op.kind) {
    case "addColumn":
    case "dropColumn":
    case "alterColumn":
    case "createPrimaryKey":
    case "createUniqueConstraint":
    case "createForeignKey":
    case "createCheckConstraint":
    case "dropConstraint":
      return op.table;
    default:
      return null;
  }
}

/** A table's state by lower-case name: the rebuilds written out just before an operation, as they leave their tables. */
type Overlay = ReadonlyMap<string, TableState>;

function overlayOf(rebuilds: readonly PendingRebuild[]): Overlay {
  return new Map(rebuilds.map((r) => [foldName(r.state.table.name), { table: r.draft.table, objects: r.draft.objects }]));
}

export class SqliteRenderSession implements RenderSession {
  /** Offline: tables by lower-case name; null: dropped; absent: unknown. */
  private readonly record = new Map<string, TableState | null>();
  /** Offline: tables taken out of the record because a rename rewrote their triggers, and why. */
  private readonly forgotten = new Map<string, string>();
  private version: number | null = null;
  /**
   * The rebuilds not written yet, one per table: the operations that follow
   * on a table join its rebuild (one rebuild for all), operations on other
   * tables run before it unless rebuild-order.ts says they must follow it,
   * and `flush()` writes them all (the executor calls it before a query, a
   * COMMIT, op.autocommit, the end of a step).
   */
  private readonly held = new HeldRebuilds();

  constructor(
    private readonly reader: SchemaReader | null,
    private readonly lexer?: SqlLexer,
  ) {}

  async render(op: Operation): Promise<SqlStatement[]> {
    checkOperation(op, this.lexer);
    const own = this.held.ownOf(op);
    const hoisted = own ? await this.hoistRename(op, own) : null;
    if (hoisted) return hoisted;
    const { first, following } = this.othersBefore(op, own);
    if (own) {
      const joined = joinRebuild(op, own);
      if (joined) {
        await this.noteViews(op, own);
        return [...this.write(first), ...joined];
      }
      first.push(own);
    }
    // rendered before the rebuilds it follows are let go: if it fails, they are still held (and written)
    const overlay = overlayOf(first);
    const rendered = this.reader ? await this.renderOnline(op, this.reader, overlay) : this.renderWithRecord(op, overlay);
    const before = this.write(first);
    this.followRename(op, following);
    if (!this.reader) this.note(op, rendered);
    if (rendered.rebuild) {
      await this.noteViews(op, rendered.rebuild);
      this.held.hold(rendered.rebuild);
    }
    return [...before, ...rendered.statements];
  }

  /**
   * A rename of the table whose rebuild `own` is held, or of one of its
   * columns, run before the rebuild, which stays open under the new name
   * (hoisted-rename.ts); the other held rebuilds that name what is renamed
   * are written first, as before any rename. Null when it can't be hoisted.
   */
  private async hoistRename(op: Operation, own: PendingRebuild): Promise<SqlStatement[] | null> {
    const renamesColumn = op.kind === "alterColumn" && columnRenameOf(op) !== undefined && op.comment === undefined;
    if (op.kind !== "renameTable" && !renamesColumn) return null;
    const { first, following } = this.othersBefore(op, own);
    let statement: SqlStatement | null = null;
    if (op.kind === "renameTable") statement = hoistTableRename(op, own);
    else if (op.kind === "alterColumn") statement = hoistColumnRename(op, own, await this.sqliteVersion());
    if (!statement && op.kind === "alterColumn" && first.length === 0 && following.length === 0) {
      // a column the rebuild adds: renamed in the draft, when nothing else names it
      if (!(await this.namedElsewhere(own.state.table.name, op.column)) && renameInDraft(op, own)) return this.joinRest(op, own, []);
    }
    if (!statement) return null;
    const statements = [...this.write(first), statement];
    this.followRename(op, following);
    if (op.kind === "renameTable") this.held.rekey();
    if (!this.reader) this.note(op, { statements: [], ...(op.kind === "renameTable" ? { states: new Map([[op.table, null]]) } : {}) });
    return op.kind === "alterColumn" ? this.joinRest(op, own, statements) : statements;
  }

  /** After a column's rename joined `own`: the rest of the change joins the rebuild too, on the column's new name. */
  private joinRest(op: Extract<Operation, { kind: "alterColumn" }>, own: PendingRebuild, statements: SqlStatement[]): SqlStatement[] {
    if (op.type === undefined && op.nullable === undefined && op.default === undefined) return statements;
    const { newName, ...rest } = op;
    return [...statements, ...(joinRebuild({ ...rest, column: newName as string }, own) ?? [])];
  }

  /**
   * Whether a table, view or trigger other than `table` itself (online: in
   * the database; offline: in the record) names both `table` and `column`,
   * as a foreign key to a column the rebuild adds would.
   */
  private async namedElsewhere(table: string, column: string): Promise<boolean> {
    const names = (sql: string) => mentionsIdentifier(sql, table) && mentionsIdentifier(sql, column);
    if (this.reader) {
      const rows = await this.reader.query<{ sql: string }>("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name <> ? COLLATE NOCASE", [table]);
      return rows.some((r) => names(r.sql));
    }
    for (const [key, state] of this.record) {
      if (!state || sameName(key, table)) continue;
      if (names(renderTableSql(state.table)) || state.objects.some((o) => names(o.sql))) return true;
    }
    return false;
  }

  /**
   * The held rebuilds of other tables that must be written before `op`
   * (`first`), and, when `op` is a rename, those that name what it renames
   * only in their foreign keys: they stay held, renamed alike (`following`).
   */
  private othersBefore(op: Operation, own: PendingRebuild | undefined): { first: PendingRebuild[]; following: PendingRebuild[] } {
    const before = this.held.followedBy(op, own);
    const following = before.filter((rebuild) => followsRename(rebuild, op));
    return { first: before.filter((rebuild) => !following.includes(rebuild)), following };
  }

  /** What SQLite's RENAME in `op` does to the foreign keys of the tables whose rebuilds stay held across it. */
  private followRename(op: Operation, following: readonly PendingRebuild[]): void {
    if (op.kind !== "renameTable" && op.kind !== "alterColumn") return;
    for (const rebuild of following) followRename(rebuild, op);
  }

  /** Online, a column dropped by a rebuild: the views that name it, to be read after the rebuild (PendingRebuild.views). */
  private async noteViews(op: Operation, rebuild: PendingRebuild): Promise<void> {
    if (!this.reader || op.kind !== "dropColumn") return;
    const views = await this.reader.query<{ name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'view' AND sql IS NOT NULL");
    for (const view of views) {
      if (!mentionsIdentifier(view.sql, op.table) || !mentionsIdentifier(view.sql, op.column)) continue;
      rebuild.views ??= new Set();
      rebuild.views.add(view.name);
    }
  }

  /** The SQLite version the statements are written for (online: the database's, read once). */
  private async sqliteVersion(): Promise<number> {
    if (!this.reader) return OFFLINE_VERSION;
    this.version ??= versionNumber((await this.reader.query<{ v: string }>("SELECT sqlite_version() AS v"))[0]?.v ?? "3.35.0");
    return this.version;
  }

  /** The held rebuilds' statements, in the order they were opened (none when none is held). */
  flush(): SqlStatement[] {
    return this.write(this.held.all());
  }

  /** Lets go of `rebuilds` and returns their statements (offline, the record takes the tables they leave). */
  private write(rebuilds: readonly PendingRebuild[]): SqlStatement[] {
    const statements: SqlStatement[] = [];
    for (const rebuild of this.held.take(rebuilds)) {
      if (!this.reader) this.record.set(foldName(rebuild.state.table.name), { table: rebuild.draft.table, objects: rebuild.draft.objects });
      statements.push(...rebuildStatements(rebuild.state, rebuild.draft));
      for (const view of rebuild.views ?? []) statements.push({ sql: `SELECT * FROM ${quoteIdentifier(view)} LIMIT 0` });
    }
    return statements;
  }

  /** `overlay`: tables whose rebuild is written out just before `op` (not run yet): their state is the rebuild's result, not what the database holds. */
  private async renderOnline(op: Operation, reader: SchemaReader, overlay: Overlay): Promise<Rendered> {
    const version = await this.sqliteVersion();
    const needed = tableNeeded(op);
    const state = needed === null ? null : (overlay.get(foldName(needed)) ?? (await readTableState(reader, needed)));
    const ctx: RenderContext = {
      table: (name) => (needed !== null && sameName(name, needed) ? state : null),
      version,
      offline: false,
      lexer: this.lexer,
    };
    return renderSqliteOperation(op, ctx);
  }

  /** Offline, before the script: what an earlier revision's operation did to the tables (see RenderSession.prime). */
  prime(op: Operation): void {
    if (this.reader) return;
    try {
      this.renderOffline(op);
    } catch {
      // what it touched stays unknown: the script's own operation on it says so, with its own message
      if ("table" in op && typeof op.table === "string") this.record.delete(foldName(op.table));
    }
  }

  /** Offline: one operation, all its statements (a rebuild written out at once, nothing held). */
  renderOffline(op: Operation): SqlStatement[] {
    const rendered = this.renderWithRecord(op, new Map());
    this.note(op, rendered);
    if (!rendered.rebuild) return rendered.statements;
    const { state, draft } = rendered.rebuild;
    this.record.set(foldName(state.table.name), { table: draft.table, objects: draft.objects });
    return [...rendered.statements, ...rebuildStatements(state, draft)];
  }

  private renderWithRecord(op: Operation, overlay: Overlay): Rendered {
    const ctx: RenderContext = {
      table: (name) => {
        const key = foldName(name);
        if (overlay.has(key)) return overlay.get(key);
        return this.record.has(key) ? (this.record.get(key) ?? null) : undefined;
      },
      version: OFFLINE_VERSION,
      offline: true,
      lexer: this.lexer,
      unknownBecause: (name) => (this.record.has(foldName(name)) ? undefined : this.forgotten.get(foldName(name))),
    };
    return renderSqliteOperation(op, ctx);
  }

  /** Offline: what `op` did to the tables, into the record. */
  private note(op: Operation, rendered: Rendered): void {
    for (const [name, state] of rendered.states ?? []) this.record.set(foldName(name), state);
    if (op.kind === "execute") this.noteExecute(op.sql);
    if (op.kind === "dropIndex") this.noteDroppedIndex(op.name);
    if (op.kind === "renameTable") {
      this.noteReferences((state) => afterTableRename(state, op.table, op.newName));
      this.forgetTriggersNaming(op.table);
    }
    const to = op.kind === "alterColumn" ? columnRenameOf(op) : undefined;
    if (op.kind === "alterColumn" && to !== undefined) {
      this.noteReferences((state) => afterColumnRename(state, op.table, op.column, to));
      this.forgetTriggersNaming(op.table, op.column);
    }
  }

  /**
   * A native rename also rewrites the bodies of the triggers that name what
   * it renamed, in every table, as only SQLite's parser can tell: a table
   * with such a trigger becomes unknown, so that a later rebuild of it in the
   * script is refused (it would write the trigger back with the old name)
   * rather than written wrong.
   */
  private forgetTriggersNaming(...names: string[]): void {
    for (const [key, state] of this.record) {
      const trigger = state?.objects.find((o) => o.type === "trigger" && names.every((name) => mentionsIdentifier(o.sql, name)));
      if (!trigger) continue;
      this.record.delete(key);
      this.forgotten.set(key, `SQLite's RENAME of ${names.join(".")} rewrote the body of its trigger ${trigger.name}, as only SQLite can tell`);
    }
  }

  /** An index dropped by name alone (`op.dropIndex(name)`): gone from whichever table had it, so a later rebuild doesn't write it again. */
  private noteDroppedIndex(name: string): void {
    for (const [key, state] of this.record) {
      if (state?.objects.some((o) => o.type === "index" && sameName(o.name, name)))
        this.record.set(key, { ...state, objects: state.objects.filter((o) => !(o.type === "index" && sameName(o.name, name))) });
    }
  }

  /** A native rename rewrote the foreign keys of every table that names what it renamed. */
  private noteReferences(after: (state: TableState) => TableState): void {
    for (const [key, state] of this.record) if (state) this.record.set(key, after(state));
  }

  /** What raw SQL did to the tables, as far as its leading words tell; anything else altered becomes unknown. */
  private noteExecute(sql: string): void {
    const statements = this.lexer ? this.lexer.splitStatements(sql).map((s) => s.text) : [sql];
    const { created, touched } = executeEffects(statements);
    for (const text of created) {
      const o = objectOf(text);
      if (!o) continue;
      if (o.type === "table") {
        try {
          this.record.set(foldName(o.name), { table: parseCreateTable(text), objects: [] });
        } catch {
          this.record.delete(foldName(o.name));
        }
      } else if ((o.type === "index" || o.type === "trigger") && o.table) {
        const state = this.record.get(foldName(o.table));
        if (state) this.record.set(foldName(o.table), { ...state, objects: [...state.objects, { type: o.type, name: o.name, sql: text }] });
      }
    }
    for (const name of touched) {
      this.record.delete(foldName(name));
      for (const [key, state] of this.record) {
        if (state?.objects.some((o) => sameName(o.name, name))) this.record.set(key, { ...state, objects: state.objects.filter((o) => !sameName(o.name, name)) });
      }
    }
  }
}
