/**
 * Autogenerate: compare TypeScript models with a live database and produce
 * the operations (and revision source) that reconcile them. What is
 * database-specific (reading the schema, type and expression rules) comes
 * from the dialect's introspector and comparator; PostgreSQL is the default.
 *
 *   compare(models, conn, options)  -> { operations, warnings, possibleRenames }
 *   autogenerate(config, conn)      -> { upgradeOps, downgradeOps, rendered, warnings, empty }
 *   formatDiff(ops) / diffJson(ops) -> for `athanor check`
 */
import "../api/provide-api.js";
import type { DatabaseConnection, Dialect } from "../dialects/dialect.js";
import { postgresComparator } from "../dialects/postgres/comparator.js";
import { postgresDrizzleReader } from "../dialects/postgres/drizzle-table.js";
import type { Operation } from "../operations/operation.js";
import { type CompareOptions, type CompareResult, compare as compareWith, diff as diffWith, type PossibleRename } from "./compare/compare.js";
import { type Downgrade, downgradeOf as downgradeWith } from "./compare/reverse.js";
import type { ModelSet } from "./models/collect.js";
import { registerDrizzleReader } from "./models/drizzle-readers.js";
import { type LoadModelsConfig, loadModels } from "./models/load.js";
import { type RenderedBody, renderBodies } from "./render/render.js";
import type { SchemaComparator } from "./schema-comparator.js";
import type { DatabaseSchema, IncludeFilter } from "./schema-model.js";

export type { CompareOptions, CompareResult, PossibleRename } from "./compare/compare.js";
export type { Downgrade } from "./compare/reverse.js";
export type * from "./canonical-items.js";
export type * from "./schema-comparator.js";
export type * from "./schema-introspector.js";
export type * from "./schema-model.js";
export * from "./models/index.js";
export { diffJson, formatDiff, importsFor, type RenderedBody, renderBodies, reviewReason } from "./render/render.js";
// PostgreSQL's own rules, exported here before the dialect seam existed.
export { canonicalType, parseSqlType, typesEqual } from "../dialects/postgres/grammar/types.js";
export { normaliseExpression, sameExpression } from "../dialects/postgres/grammar/expression.js";
export { catalogType, introspect } from "../dialects/postgres/introspect.js";

// `collectModels` and `fromDrizzleTable` are synchronous: PostgreSQL's drizzle tables are read without
// loading anything first, as before the readers moved into the dialects (the others load with their dialect).
registerDrizzleReader(postgresDrizzleReader);

/**
 * The dialect autogenerate uses when none is given: the one whose driver
 * opened the connection, else PostgreSQL (loaded on first use).
 */
async function defaultDialect(conn?: DatabaseConnection): Promise<Dialect> {
  const own = conn?.dialect === undefined ? null : (await import("../dialects/registry.js")).dialectOfConnection(conn);
  return own ?? (await import("../dialects/postgres/index.js")).postgresDialect;
}

/**
 * Compares models with the database behind `conn` (see CompareOptions;
 * `options.dialect` is the session's dialect: by default the one whose
 * driver opened `conn`, else PostgreSQL).
 */
export async function compare(models: unknown, conn: DatabaseConnection, options: CompareOptions = {}): Promise<CompareResult> {
  return compareWith(models, conn, { ...options, dialect: options.dialect ?? (await defaultDialect(conn)) });
}

/** The pure part of `compare`: models and an introspected schema in, operations out (PostgreSQL's rules by default). */
export function diff(
  set: ModelSet,
  db: DatabaseSchema,
  options: CompareOptions = {},
  comparator: SchemaComparator = postgresComparator,
): ReturnType<typeof diffWith> {
  return diffWith(set, db, options, comparator);
}

/** The operations that undo `upgrade`, in order (PostgreSQL's type conversions by default). */
export function downgradeOf(upgrade: readonly Operation[], comparator: SchemaComparator = postgresComparator): Downgrade {
  return downgradeWith(upgrade, comparator);
}

/** The config settings autogenerate reads (a subset of the lead's ResolvedConfig). */
export interface AutogenerateConfig extends LoadModelsConfig {
  readonly versionTable?: string;
  readonly versionTableSchema?: string | null;
  readonly raw: LoadModelsConfig["raw"] & {
    readonly includeSchemas?: string[] | undefined;
    readonly include?: ((object: { type: string; name: string; schema?: string | null; table?: string }) => boolean) | undefined;
    readonly compareType?: boolean | undefined;
    readonly compareServerDefault?: boolean | undefined;
  };
}

export interface AutogenerateOptions {
  /** `{ "users.name": "full_name", "old_table": "new_table" }`. */
  readonly renames?: Readonly<Record<string, string>>;
  /** Use these models instead of loading the `models` setting. */
  readonly models?: ModelSet;
  /** Server-side check of unsure expressions (default true). */
  readonly canonicalize?: boolean;
  /** The session's dialect (default PostgreSQL). */
  readonly dialect?: Dialect;
}

export interface AutogenerateResult {
  readonly upgradeOps: Operation[];
  readonly downgradeOps: Operation[];
  readonly rendered: RenderedBody;
  readonly warnings: string[];
  readonly possibleRenames: PossibleRename[];
  /** Upgrade ops without an inverse (the downgrade carries a comment for each). */
  readonly irreversible: string[];
  /** No difference: do not write a revision. */
  readonly empty: boolean;
  /** Enum values are added: the upgrade steps out of the transaction for them (`op.autocommit`). */
  readonly autocommit: boolean;
  /** The model files that were loaded. */
  readonly files: readonly string[];
}

export async function autogenerate(
  config: AutogenerateConfig,
  conn: DatabaseConnection,
  options: AutogenerateOptions = {},
): Promise<AutogenerateResult> {
  const loaded = options.models ? { ...options.models, files: [] as string[] } : await loadModels(config, {}, options.dialect);
  const raw = config.raw;
  const compareOptions: CompareOptions = {
    ...(raw.includeSchemas ? { includeSchemas: raw.includeSchemas } : {}),
    ...(raw.include ? { include: raw.include as IncludeFilter } : {}),
    ...(raw.compareType === undefined ? {} : { compareType: raw.compareType }),
    ...(raw.compareServerDefault === undefined ? {} : { compareServerDefault: raw.compareServerDefault }),
    ...(options.renames ? { renames: options.renames } : {}),
    ...(options.canonicalize === undefined ? {} : { canonicalize: options.canonicalize }),
    ...(options.dialect ? { dialect: options.dialect } : {}),
    versionTable: { table: config.versionTable ?? "athanor_version", schema: config.versionTableSchema ?? null },
  };
  const dialect = options.dialect ?? (await defaultDialect(conn));
  const result: CompareResult = await compareWith(loaded, conn, { ...compareOptions, dialect });
  const down = downgradeWith(result.operations, await (dialect.comparator?.() ?? Promise.resolve(postgresComparator)));
  const rendered = renderBodies({
    upgradeOps: result.operations,
    downgradeOps: down.operations,
    irreversible: down.irreversible,
    possibleRenames: result.possibleRenames,
    warnings: result.warnings,
  });
  return {
    upgradeOps: result.operations,
    downgradeOps: down.operations,
    rendered,
    warnings: result.warnings,
    possibleRenames: result.possibleRenames,
    irreversible: down.irreversible,
    empty: result.operations.length === 0,
    autocommit: result.operations.some((o) => o.kind === "addEnumValue"),
    files: loaded.files,
  };
}
