import type { ResolvedConfig } from "../config/load-config.js";
import { type ParsedRevisionFile } from "./parse-revision-file.js";
type Key = [size: number, mtimeMs: number, ctimeMs: number, ino: number];
export interface Lookup {
    readonly path: string;
    readonly key: Key | null;
    readonly parsed: ParsedRevisionFile | undefined;
}
export declare class MetadataCache {
    private readonly file;
    private readonly parser;
    private readonly old;
    private readonly fresh;
    private dirty;
    private constructor();
    /** The cache for this project's version locations, or null when not used. */
    static open(config: ResolvedConfig, fileCount: number, env?: NodeJS.ProcessEnv): MetadataCache | null;
    /** Stats the file; returns its metadata if the cache has it for exactly this version of the file. */
    lookup(path: string): Lookup;
    /** Records what was parsed from the file as it was when `lookup` stat'ed it. */
    store(hit: Lookup, parsed: ParsedRevisionFile): void;
    /** Writes the cache if anything changed (entries for files no longer listed are dropped). */
    save(now?: number): void;
}
export {};
