/**
 * Autogenerate: compare TypeScript models with a live PostgreSQL database
 * and produce the operations (and revision source) that reconcile them.
 *
 *   compare(models, conn, options)  -> { operations, warnings, possibleRenames }
 *   autogenerate(config, conn)      -> { upgradeOps, downgradeOps, rendered, warnings, empty }
 *   formatDiff(ops) / diffJson(ops) -> for `athanor check`
 */
import type { DatabaseConnection } from "../dialects/dialect.js";
import type { Operation } from "../operations/operation.js";
import { type CompareOptions, type CompareResult, compare, type PossibleRename } from "./compare/compare.js";
import { downgradeOf } from "./compare/reverse.js";
import type { IncludeFilter } from "./introspect/model.js";
import { type LoadModelsConfig, loadModels } from "./models/load.js";
import type { ModelSet } from "./models/collect.js";
import { type RenderedBody, renderBodies } from "./render/render.js";

export { type CompareOptions, type CompareResult, compare, diff, type PossibleRename } from "./compare/compare.js";
export { normaliseExpression, sameExpression } from "./compare/expression.js";
export { downgradeOf } from "./compare/reverse.js";
export { catalogType, type IntrospectOptions, introspect } from "./introspect/introspect.js";
export type * from "./introspect/model.js";
export * from "./models/index.js";
export { diffJson, formatDiff, importsFor, type RenderedBody, renderBodies, reviewReason } from "./render/render.js";
export { canonicalType, parseSqlType, typesEqual } from "./types.js";

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
  const loaded = options.models ? { ...options.models, files: [] as string[] } : await loadModels(config);
  const raw = config.raw;
  const compareOptions: CompareOptions = {
    ...(raw.includeSchemas ? { includeSchemas: raw.includeSchemas } : {}),
    ...(raw.include ? { include: raw.include as IncludeFilter } : {}),
    ...(raw.compareType === undefined ? {} : { compareType: raw.compareType }),
    ...(raw.compareServerDefault === undefined ? {} : { compareServerDefault: raw.compareServerDefault }),
    ...(options.renames ? { renames: options.renames } : {}),
    ...(options.canonicalize === undefined ? {} : { canonicalize: options.canonicalize }),
    versionTable: { table: config.versionTable ?? "athanor_version", schema: config.versionTableSchema ?? null },
  };
  const result: CompareResult = await compare(loaded, conn, compareOptions);
  const down = downgradeOf(result.operations);
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
