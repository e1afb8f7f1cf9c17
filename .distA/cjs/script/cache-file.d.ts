import type { ResolvedConfig } from "../config/load-config.js";
export declare function revisionCacheFile(config: ResolvedConfig, prefix: string, extension: string): string | null;
