import type { ResolvedConfig } from "../config/load-config.js";
import type { CompiledModuleSlot } from "../util/load-module.js";
/** Lets this process keep compiled revisions between runs (the CLI calls it). */
export declare function enableRevisionCodeCache(): void;
export declare class RevisionCodeCache {
    private readonly file;
    private readonly stamp;
    /** What the file held. */
    private readonly old;
    /** What this run loaded, by key. */
    private readonly used;
    /** Modules this run compiled afresh: their code cache is made when the file is written. */
    private readonly compiled;
    private saveAtExit;
    private constructor();
    /** The cache for a project's revisions, or null when not used (not enabled, few revisions, no cache folder). */
    static open(config: ResolvedConfig, fileCount: number, env?: NodeJS.ProcessEnv): RevisionCodeCache | null;
    /** The entry for a source with this SHA-256 (hex). */
    slot(key: string): CompiledModuleSlot;
    /** Writes what this run loaded, then what the file held besides (up to MAX_ENTRIES). */
    save(): void;
}
