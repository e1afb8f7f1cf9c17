import { compare } from "./compare/compare.js";
import { downgradeOf } from "./compare/reverse.js";
import { loadModels } from "./models/load.js";
import { renderBodies } from "./render/render.js";
export { compare, diff } from "./compare/compare.js";
export { normaliseExpression, sameExpression } from "./compare/expression.js";
export { downgradeOf } from "./compare/reverse.js";
export { catalogType, introspect } from "./introspect/introspect.js";
export * from "./models/index.js";
export { diffJson, formatDiff, importsFor, renderBodies, reviewReason } from "./render/render.js";
export { canonicalType, parseSqlType, typesEqual } from "./types.js";
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
        versionTable: { table: config.versionTable ?? "athanor_version", schema: config.versionTableSchema ?? null },
    };
    const result = await compare(loaded, conn, compareOptions);
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
