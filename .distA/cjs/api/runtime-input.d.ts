/**
 * The runtime's input (src/runtime/runtime-input.ts) from a resolved config:
 * the one place that turns configuration settings into what a run uses.
 */
import type { ResolvedConfig } from "../config/load-config.js";
import type { Dialect, VersionTableRef } from "../dialects/dialect.js";
import type { RuntimeInput } from "../runtime/runtime-input.js";
import { VersionStore } from "../runtime/version-store.js";
export declare function versionTableRef(config: ResolvedConfig): VersionTableRef;
export declare function runtimeInput(config: ResolvedConfig): RuntimeInput;
/** The version table of this config, in the dialect's SQL; refuses names the dialect can't take. */
export declare function versionStoreFor(config: ResolvedConfig, dialect: Dialect): VersionStore;
