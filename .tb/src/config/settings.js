export function defineConfig(config) {
    return config;
}
export const DEFAULTS = {
    scriptLocation: "migrations",
    recursiveVersionLocations: false,
    fileTemplate: "{rev}_{slug}",
    timezone: "UTC",
    truncateSlugLength: 40,
    versionTable: "athanor_version",
    versionTableSchema: null,
    postWriteHooks: [],
    revisionExtension: "ts",
    transactionMode: "per-migration",
    idleInTransactionTimeout: "5min",
    compareType: true,
    compareServerDefault: true,
    onUnversionedDatabase: "refuse",
};
