import { postgresComparator } from "../dialects/postgres/comparator.js";
import { compare as compareWith, diff as diffWith } from "./compare/compare.js";
import { downgradeOf as downgradeWith } from "./compare/reverse.js";
import { loadModels } from "./models/load.js";
import { renderBodies } from "./render/render.js";
export * from "./models/index.js";
export { diffJson, formatDiff, importsFor, renderBodies, reviewReason } from "./render/render.js";
// PostgreSQL's own rules, exported here before the dialect seam existed.
export { canonicalType, parseSqlType, typesEqual } from "../dialects/postgres/grammar/types.js";
export { normaliseExpression, sameExpression } from "../dialects/postgres/grammar/expression.js";
export { catalogType, introspect } from "../dialects/postgres/introspect.js";
/** The dialect autogenerate uses when none is given: PostgreSQL (loaded on first use). */
async function defaultDialect() {
    return (await import("../dialects/postgres/index.js")).postgresDialect;
}
/**
 * Compares models with the database behind `conn` (see CompareOptions;
 * `options.dialect` is the session's dialect, PostgreSQL by default).
 */
export async function compare(models, conn, options = {}) {
    return compareWith(models, conn, { ...options, dialect: options.dialect ?? (await defaultDialect()) });
}
/** The pure part of `compare`: models and an introspected schema in, operations out (PostgreSQL's rules by default). */
export function diff(set, db, options = {}, comparator = postgresComparator) {
    return diffWith(set, db, options, comparator);
}
/** The operations that undo `upgrade`, in order (PostgreSQL's type conversions by default). */
export function downgradeOf(upgrade, comparator = postgresComparator) {
    return downgradeWith(upgrade, comparator);
}
export async function autogenerate(config, conn, options = {}) {
    const loaded = options.models ? { ...options.models, files: [] } : await loadModels(config);
    const raw = config.raw;
    const compareOptions = {
        ...(raw.includeSchemas ? { includeSchemas: raw.includeSchemas } : {}),
        ...(raw.include ? { include: raw.include } : {}),
        ...(raw.compareType === undefined ? {} : { compareType: raw.compareType }),
        ...(raw.compareServerDefault === undefined ? {} : { compareServerDefault: raw.compareServerDefault }),
        ...(options.renames ? { renames: options.renames } : {}),
        ...(options.canonicalize === undefined ? {} : { canonicalize: options.canonicalize }),
        ...(options.dialect ? { dialect: options.dialect } : {}),
        versionTable: { table: config.versionTable ?? "athanor_version", schema: config.versionTableSchema ?? null },
    };
    const dialect = options.dialect ?? (await defaultDialect());
    const result = await compareWith(loaded, conn, { ...compareOptions, dialect });
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
