import type { ResolvedConfig } from "../config/load-config.js";
import { RevisionMap } from "../graph/index.js";
import { type ParsedRevisionFile } from "./parse-revision-file.js";
export interface ScriptRevision extends ParsedRevisionFile {
    /** Version location the file was found in. */
    readonly location: string;
}
/** What a revision module exports, once imported. */
export interface RevisionModule {
    upgrade?: (op: never) => Promise<void> | void;
    downgrade?: (op: never) => Promise<void> | void;
    transactional?: boolean;
    /** `export const irreversible = "why"` (or `true`): the revision has no downgrade, on purpose. */
    irreversible?: string | boolean;
}
export declare class ScriptDirectory {
    readonly config: ResolvedConfig;
    readonly map: RevisionMap<ScriptRevision>;
    readonly scripts: ReadonlyMap<string, ScriptRevision>;
    readonly warnings: readonly string[];
    /** Compiled modules kept between runs: opened at the first import, null when not used. */
    private codeCache;
    private constructor();
    static load(config: ResolvedConfig): ScriptDirectory;
    script(id: string): ScriptRevision;
    /** Imports a revision's module and checks its exports. */
    importRevision(id: string): Promise<{
        module: RevisionModule;
        checksum: string;
    }>;
}
/** Why a revision file did not load (the loader's first line) and the line of the file it points at, if it says. */
export declare function importFailure(e: unknown, path: string, id: string): {
    message: string;
    line: number | null;
};
export declare function checksumFile(path: string): string;
