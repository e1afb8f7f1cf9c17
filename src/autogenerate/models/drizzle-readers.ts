/**
 * Drizzle tables as models, read by the dialect whose drizzle core built
 * them. A drizzle table's class names its kind (`Symbol.for("drizzle:entityKind")`
 * on its constructor: "PgTable", "MySqlTable", "SQLiteTable"); the reader
 * registered for that kind turns it into a table definition. Readers live
 * in their dialect's folder (src/dialects/<name>/drizzle-table.ts) and come
 * from `Dialect.drizzleReader()`; see docs/dialects.md.
 */
import { AthanorError } from "../../errors.js";
import type { TableDefinition } from "../../schema/table.js";
import type { DrizzleNotes } from "./drizzle-audit.js";
import type { DrizzleCasing } from "./drizzle-casing.js";
import type { ModelEnum } from "./table.js";

const IS_TABLE = Symbol.for("drizzle:IsDrizzleTable");
const ENTITY_KIND = Symbol.for("drizzle:entityKind");

export interface DrizzleTableOptions {
  /** Drizzle's `casing`: names of columns declared without one are converted. */
  readonly casing?: DrizzleCasing;
  /** Collects what is not managed (warnings said once for the model set). */
  readonly notes?: DrizzleNotes;
}

/** Reads one drizzle core's tables (and its enum objects, where the core has them). */
export interface DrizzleTableReader {
  /** The entity kind of the tables it reads (their constructor's `drizzle:entityKind`), e.g. "PgTable". */
  readonly tableKind: string;
  /**
   * The table as a definition. `warn` gets what can't be expressed; `fromFile`
   * (the models file) is where drizzle-orm is loaded from first.
   */
  fromTable(value: unknown, warn: (message: string) => void, fromFile?: string, options?: DrizzleTableOptions): TableDefinition;
  /** Whether a value is one of this core's enum objects (`pgEnum(...)`). */
  isEnum?(value: unknown): boolean;
  fromEnum?(value: unknown): ModelEnum;
}

const readers = new Map<string, DrizzleTableReader>();

export function registerDrizzleReader(reader: DrizzleTableReader): void {
  readers.set(reader.tableKind, reader);
}

/** Registers the drizzle readers of these dialects (loaded on demand). */
export async function loadDrizzleReaders(dialects: readonly { drizzleReader?(): Promise<DrizzleTableReader> }[]): Promise<void> {
  for (const d of dialects) if (d.drizzleReader) registerDrizzleReader(await d.drizzleReader());
}

export function isDrizzleTable(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[IS_TABLE] === true;
}

/** The table's entity kind ("PgTable", ...), or undefined. */
export function drizzleTableKind(value: unknown): string | undefined {
  const ctor = (value as { constructor?: Record<symbol, unknown> } | null)?.constructor;
  const kind = ctor?.[ENTITY_KIND];
  return typeof kind === "string" ? kind : undefined;
}

/** The reader whose enum objects include `value`, if any. */
export function drizzleEnumReader(value: unknown): DrizzleTableReader | undefined {
  for (const r of readers.values()) if (r.fromEnum && r.isEnum?.(value)) return r;
  return undefined;
}

/** Converts one drizzle table into a table definition, with the reader of its kind. `warn` gets what cannot be expressed. */
export function fromDrizzleTable(value: unknown, warn: (message: string) => void, fromFile?: string, options: DrizzleTableOptions = {}): TableDefinition {
  const kind = drizzleTableKind(value);
  const reader = kind === undefined ? undefined : readers.get(kind);
  if (!reader) {
    const known = [...readers.keys()].join(", ") || "none";
    throw new AthanorError("MODELS.DRIZZLE", `a drizzle table of kind ${kind ?? "(unknown)"} was exported, but no dialect reads those (readers: ${known})`);
  }
  return reader.fromTable(value, warn, fromFile, options);
}
