/**
 * What of a Drizzle schema Athanor does not manage, said out loud. Every
 * `drizzle-orm/pg-core` feature is either converted and compared (see
 * drizzle.ts and docs/autogenerate.md) or reported here, naming the table
 * and the feature, so `revision --autogenerate` and `check` never pass in
 * silence over something drizzle-kit would have created.
 *
 * Client-side behaviour (`$defaultFn`, `$onUpdateFn`) creates nothing in the
 * database; it is said once for the whole model set, listing the columns.
 */
import type { DrizzleColumn, DrizzleTableConfig } from "./drizzle-types.js";

const ENTITY_KIND = Symbol.for("drizzle:entityKind");
const VIEW_CONFIG = Symbol.for("drizzle:ViewBaseConfig");

/** The parts of drizzle's objects the audit reads besides what the converter uses. */
interface AuditedColumn {
  readonly defaultFn?: unknown;
  readonly onUpdateFn?: unknown;
  readonly default?: unknown;
  readonly generatedIdentity?: {
    sequenceName?: string;
    sequenceOptions?: { minValue?: unknown; maxValue?: unknown; cache?: unknown; cycle?: boolean };
  };
}
interface AuditedConfig {
  readonly enableRLS?: boolean;
  readonly policies?: ReadonlyArray<{ name: string }>;
  readonly indexes: ReadonlyArray<{ config: { name?: string; concurrently?: boolean; with?: Record<string, unknown>; only?: boolean } }>;
}

/** Collected findings; `messages()` gives the warnings. */
export class DrizzleNotes {
  private readonly unmanaged: string[] = [];
  private readonly defaultFns: string[] = [];
  private readonly onUpdateFns: string[] = [];

  add(message: string): void {
    if (!this.unmanaged.includes(message)) this.unmanaged.push(message);
  }

  clientDefault(table: string, column: string): void {
    this.defaultFns.push(`${table}.${column}`);
  }

  clientOnUpdate(table: string, column: string): void {
    this.onUpdateFns.push(`${table}.${column}`);
  }

  messages(): string[] {
    const out = [...this.unmanaged];
    if (this.defaultFns.length > 0)
      out.push(
        `drizzle $defaultFn/$default is client-side only: drizzle fills the value in its inserts, the database column gets no default (rows inserted another way get NULL or fail NOT NULL); columns: ${list(this.defaultFns)}`,
      );
    if (this.onUpdateFns.length > 0)
      out.push(
        `drizzle $onUpdateFn/$onUpdate is client-side only: drizzle sets the value in its updates, the database has no trigger for it (Athanor creates none); columns: ${list(this.onUpdateFns)}`,
      );
    return out;
  }
}

function list(items: readonly string[]): string {
  return items.length <= 12 ? items.join(", ") : `${items.slice(0, 12).join(", ")} and ${items.length - 12} more`;
}

/** Reports the features of one drizzle table that the converter does not carry over. `table` is its label. */
export function auditDrizzleTable(cfg: DrizzleTableConfig, table: string, notes: DrizzleNotes): void {
  const c = cfg as DrizzleTableConfig & AuditedConfig;
  if (c.enableRLS || (c.policies?.length ?? 0) > 0) {
    notes.add(
      `row-level security on table ${table} is not managed by Athanor: it neither enables it nor compares it; ` +
        'enable it in a revision with op.execute("ALTER TABLE ... ENABLE ROW LEVEL SECURITY")',
    );
  }
  for (const p of c.policies ?? []) {
    notes.add(`policy "${p.name}" on table ${table} is not managed by Athanor (not created, not compared): write it in a revision with op.execute("CREATE POLICY ...")`);
  }
  for (const col of cfg.columns as ReadonlyArray<DrizzleColumn & AuditedColumn>) {
    if (col.defaultFn !== undefined && col.default === undefined) notes.clientDefault(table, col.name);
    if (col.onUpdateFn !== undefined) notes.clientOnUpdate(table, col.name);
    const gi = col.generatedIdentity;
    if (gi) {
      const opts = gi.sequenceOptions ?? {};
      const unmanaged: string[] = (["minValue", "maxValue", "cache", "cycle"] as const).filter((k) => opts[k] !== undefined);
      if (gi.sequenceName !== undefined) unmanaged.unshift("name");
      if (unmanaged.length > 0)
        notes.add(
          `identity column ${table}.${col.name}: sequence option(s) ${unmanaged.join(", ")} are not managed by Athanor (only startWith and increment are created and compared); ` +
            'set them in a revision with op.execute("ALTER TABLE ... ALTER COLUMN ... SET ...")',
        );
    }
  }
  for (const ix of c.indexes) {
    const name = ix.config.name ?? "(unnamed)";
    if (ix.config.concurrently)
      notes.add(
        `index ${name} on table ${table}: .concurrently() is not carried over; Athanor creates the index in the revision's transaction (edit the revision: op.createIndex(..., { concurrently: true }) inside op.autocommit)`,
      );
    if (ix.config.with && Object.keys(ix.config.with).length > 0)
      notes.add(`index ${name} on table ${table}: storage parameters .with(${JSON.stringify(ix.config.with)}) are not managed by Athanor (not created, not compared)`);
    // `.onOnly()` (ON ONLY) is not reported: drizzle sets `only` for every `.using(...)` index too, and ONLY only
    // matters on a partitioned table, which Athanor doesn't manage.
  }
}

function kindOf(value: object): string | undefined {
  try {
    // Views are proxies that answer `constructor` themselves: read the class from the prototype.
    const ctor = (Object.getPrototypeOf(value) as { constructor?: Record<symbol, unknown> } | null)?.constructor;
    const kind = ctor?.[ENTITY_KIND];
    return typeof kind === "string" ? kind : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A warning for an exported drizzle object that is not a table or an enum
 * (views, sequences, roles, standalone policies), or null.
 */
export function drizzleEntityNote(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const kind = kindOf(value);
  switch (kind) {
    case "PgView":
    case "MySqlView":
    case "SQLiteView":
    case "PgMaterializedView": {
      const cfg = (value as Record<symbol, { name?: string; schema?: string; isExisting?: boolean } | undefined>)[VIEW_CONFIG];
      if (cfg?.isExisting) return null; // `.existing()`: declared as managed elsewhere
      const what = kind === "PgMaterializedView" ? "materialized view" : "view";
      return `${what} ${qualified(cfg?.name, cfg?.schema)} is not managed by Athanor (not created, not compared): create it in a revision with op.execute("CREATE ${what.toUpperCase()} ...")`;
    }
    case "PgSequence": {
      const s = value as { seqName?: string; schema?: string };
      return `sequence ${qualified(s.seqName, s.schema)} is not managed by Athanor (not created, not compared): create it in a revision with op.execute("CREATE SEQUENCE ...")`;
    }
    case "PgRole": {
      const r = value as { name?: string; _existing?: boolean };
      if (r._existing) return null;
      return `role ${r.name ?? "?"} is not managed by Athanor (roles are cluster-wide; create it outside the migrations)`;
    }
    case "PgPolicy": {
      const p = value as { name?: string; _linkedTable?: Record<symbol, unknown> };
      const table = p._linkedTable?.[Symbol.for("drizzle:Name")];
      return `policy "${p.name ?? "?"}"${typeof table === "string" ? ` on table ${table}` : ""} is not managed by Athanor (not created, not compared): write it in a revision with op.execute("CREATE POLICY ...")`;
    }
    default:
      return null;
  }
}

function qualified(name: string | undefined, schema: string | undefined): string {
  return `${schema ? `${schema}.` : ""}${name ?? "?"}`;
}
