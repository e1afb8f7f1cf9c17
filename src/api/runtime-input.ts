/**
 * The runtime's input (src/runtime/runtime-input.ts) from a resolved config:
 * the one place that turns configuration settings into what a run uses.
 */
import type { ResolvedConfig } from "../config/load-config.js";
import { checkVersionTableNames } from "../config/version-table-names.js";
import type { Dialect, VersionTableRef } from "../dialects/dialect.js";
import type { RuntimeInput } from "../runtime/runtime-input.js";
import { VersionStore } from "../runtime/version-store.js";

export function versionTableRef(config: ResolvedConfig): VersionTableRef {
  return { table: config.versionTable, schema: config.versionTableSchema };
}

export function runtimeInput(config: ResolvedConfig): RuntimeInput {
  const raw = config.raw;
  return {
    url: config.url,
    versionTable: versionTableRef(config),
    transactionMode: config.transactionMode,
    timeouts: {
      lockTimeout: raw.lockTimeout,
      statementTimeout: raw.statementTimeout,
      idleInTransactionTimeout: raw.idleInTransactionTimeout,
      lockWaitTimeoutMs: raw.lockWaitTimeout,
    },
    searchPath: raw.searchPath,
    onConnect: raw.onConnect,
    unversioned: { policy: raw.onUnversionedDatabase ?? (raw.baseline ? "baseline" : "refuse"), baseline: raw.baseline },
    managedSchemas: [...(raw.includeSchemas?.length ? raw.includeSchemas : [null]), config.versionTableSchema],
    checkFor: (dialect) => checkVersionTableNames(versionTableRef(config), dialect, config.configFile),
    migrationLock: raw.migrationLock,
  };
}

/** The version table of this config, in the dialect's SQL; refuses names the dialect can't take. */
export function versionStoreFor(config: ResolvedConfig, dialect: Dialect): VersionStore {
  const ref = versionTableRef(config);
  checkVersionTableNames(ref, dialect, config.configFile);
  return new VersionStore(dialect, ref);
}
