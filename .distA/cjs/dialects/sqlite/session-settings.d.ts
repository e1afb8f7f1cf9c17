import type { SessionSettings, SqlStatement } from "../dialect.js";
export declare const DEFAULT_BUSY_TIMEOUT_MS = 5000;
export declare function busyTimeoutMs(settings: SessionSettings): number;
export declare function sqliteSessionSettings(settings: SessionSettings): SqlStatement[];
