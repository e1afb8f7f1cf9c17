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
import type { Operation } from "../operations/operation.js";
import { type CompareOptions, type CompareResult, diff as diffWith, type PossibleRename } from "./compare/compare.js";
import { type Downgrade } from "./compare/reverse.js";
import type { ModelSet } from "./models/collect.js";
import { type LoadModelsConfig } from "./models/load.js";
import { type RenderedBody } from "./render/render.js";
import type { SchemaComparator } from "./schema-comparator.js";
import type { DatabaseSchema } from "./schema-model.js";
export type { CompareOptions, CompareResult, PossibleRename } from "./compare/compare.js";
export type { Downgrade } from "./compare/reverse.js";
export type * from "./canonical-items.js";
export type * from "./schema-comparator.js";
export type * from "./schema-introspector.js";
export type * from "./schema-model.js";
export * from "./models/index.js";
export { diffJson, formatDiff, importsFor, type RenderedBody, renderBodies, reviewReason } from "./render/render.js";
export { canonicalType, parseSqlType, typesEqual } from "../dialects/postgres/grammar/types.js";
export { normaliseExpression, sameExpression } from "../dialects/postgres/grammar/expression.js";
export { catalogType, introspect } from "../dialects/postgres/introspect.js";
/**
 * Compares models with the database behind `conn` (see CompareOptions;
 * `options.dialect` is the session's dialect: by default the one whose
 * driver opened `conn`, else PostgreSQL).
 */
export declare function compare(models: unknown, conn: DatabaseConnection, options?: CompareOptions): Promise<CompareResult>;
/** The pure part of `compare`: models and an introspected schema in, operations out (PostgreSQL's rules by default). */
export declare function diff(set: ModelSet, db: DatabaseSchema, options?: CompareOptions, comparator?: SchemaComparator): ReturnType<typeof diffWith>;
/** The operations that undo `upgrade`, in order (PostgreSQL's type conversions by default). */
export declare function downgradeOf(upgrade: readonly Operation[], comparator?: SchemaComparator): Downgrade;
/** The config settings autogenerate reads (a subset of the lead's ResolvedConfig). */
export interface AutogenerateConfig extends LoadModelsConfig {
    readonly versionTable?: string;
    readonly versionTableSchema?: string | null;
    readonly raw: LoadModelsConfig["raw"] & {
        readonly includeSchemas?: string[] | undefined;
        readonly include?: ((object: {
            type: string;
            name: string;
            schema?: string | null;
            table?: string;
        }) => boolean) | undefined;
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
export declare function autogenerate(config: AutogenerateConfig, conn: DatabaseConnection, options?: AutogenerateOptions): Promise<AutogenerateResult>;
