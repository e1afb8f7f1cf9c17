/**
 * The SQLite renderer's session (see RenderSession in dialect.ts). Online it
 * reads the definition of the table an operation changes from the live
 * database just before rendering it; offline it keeps a record of the tables
 * the script's earlier operations created and changed, so that a rebuild is
 * written out in full, and refuses a rebuild of a table it has not seen.
 */
import type { Operation } from "../../operations/operation.js";
import type { RenderSession, SchemaReader, SqlLexer, SqlStatement } from "../dialect.js";
import { rebuildStatements } from "./rebuild.js";
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
import { parseCreateTable, sameName } from "./table-sql.js";
import { objectOf, readTableState, type TableState } from "./table-state.js";

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

export class SqliteRenderSession implements RenderSession {
  /** Offline: tables by lower-case name; null: dropped; absent: unknown. */
  private readonly record = new Map<string, TableState | null>();
  private version: number | null = null;
  /**
   * The rebuild of the last table changed, not written yet: the operations
   * that follow on the same table join it (one rebuild for all), anything
   * else writes it first, and so does `flush()` (the executor calls it before
   * a query, a COMMIT, the end of a step).
   */
  private pending: PendingRebuild | null = null;

  constructor(
    private readonly reader: SchemaReader | null,
    private readonly lexer?: SqlLexer,
  ) {}

  async render(op: Operation): Promise<SqlStatement[]> {
    checkOperation(op, this.lexer);
    const pending = this.pending;
    if (pending && "table" in op && typeof op.table === "string" && sameName(op.table, pending.draft.table.name) && joinRebuild(op, pending.draft)) return [];
    const flushed = this.pending ? { table: this.pending.draft.table, objects: this.pending.draft.objects } : null;
    const before = this.flush();
    const rendered = this.reader ? await this.renderOnline(op, this.reader, flushed) : this.renderWithRecord(op);
    if (rendered.rebuild) this.pending = rendered.rebuild;
    return [...before, ...rendered.statements];
  }

  /** The open rebuild's statements (none when there is none). */
  flush(): SqlStatement[] {
    const pending = this.pending;
    if (!pending) return [];
    this.pending = null;
    if (!this.reader) this.record.set(pending.draft.table.name.toLowerCase(), { table: pending.draft.table, objects: pending.draft.objects });
    return rebuildStatements(pending.state, pending.draft);
  }

  /** `flushed`: the table whose rebuild was just written out (not run yet): its state is the rebuild's result, not what the database holds. */
  private async renderOnline(op: Operation, reader: SchemaReader, flushed: TableState | null): Promise<Rendered> {
    this.version ??= versionNumber((await reader.query<{ v: string }>("SELECT sqlite_version() AS v"))[0]?.v ?? "3.35.0");
    const needed = tableNeeded(op);
    const state =
      needed === null ? null : flushed && sameName(flushed.table.name, needed) ? flushed : await readTableState(reader, needed);
    const ctx: RenderContext = {
      table: (name) => (needed !== null && sameName(name, needed) ? state : null),
      version: this.version,
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
      this.pending = null;
      if ("table" in op && typeof op.table === "string") this.record.delete(op.table.toLowerCase());
    }
  }

  /** Offline: one operation, all its statements (a rebuild written out at once). */
  renderOffline(op: Operation): SqlStatement[] {
    const rendered = this.renderWithRecord(op);
    if (!rendered.rebuild) return rendered.statements;
    this.pending = rendered.rebuild;
    return [...rendered.statements, ...this.flush()];
  }

  private renderWithRecord(op: Operation): Rendered {
    const ctx: RenderContext = {
      table: (name) => {
        const key = name.toLowerCase();
        return this.record.has(key) ? (this.record.get(key) ?? null) : undefined;
      },
      version: OFFLINE_VERSION,
      offline: true,
      lexer: this.lexer,
    };
    const rendered = renderSqliteOperation(op, ctx);
    for (const [name, state] of rendered.states ?? []) this.record.set(name.toLowerCase(), state);
    if (op.kind === "execute") this.noteExecute(op.sql);
    return rendered;
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
          this.record.set(o.name.toLowerCase(), { table: parseCreateTable(text), objects: [] });
        } catch {
          this.record.delete(o.name.toLowerCase());
        }
      } else if ((o.type === "index" || o.type === "trigger") && o.table) {
        const state = this.record.get(o.table.toLowerCase());
        if (state) this.record.set(o.table.toLowerCase(), { ...state, objects: [...state.objects, { type: o.type, name: o.name, sql: text }] });
      }
    }
    for (const name of touched) {
      this.record.delete(name.toLowerCase());
      for (const [key, state] of this.record) {
        if (state?.objects.some((o) => sameName(o.name, name))) this.record.set(key, { ...state, objects: state.objects.filter((o) => !sameName(o.name, name)) });
      }
    }
  }
}
