/**
 * Imports the revision modules of a run a few steps ahead, while the database
 * works on the current step: reading, type-stripping and compiling a module
 * costs the client about as much as the server spends on a small revision,
 * and one thread can do it while it waits for the server's answer. The
 * executor calls `advance()` right after it has sent one of the revision's
 * own statements (DDL, which keeps the server busy for a while), and one
 * module is started then; never after quick bookkeeping statements (BEGIN,
 * COMMIT, the version row), whose answers would otherwise wait behind it.
 *
 * A module's top-level code therefore runs a little before its turn (Alembic
 * imports every revision module before it runs any). A failed import is
 * reported when its step is reached, as before: earlier steps still run.
 */
import type { RevisionModule, ScriptDirectory } from "../script/script-directory.js";
export interface ImportedRevision {
    readonly module: RevisionModule;
    readonly checksum: string;
}
export declare class RevisionPrefetch {
    private readonly scripts;
    private readonly revisions;
    private readonly ahead;
    private readonly started;
    private stopped;
    private cursor;
    private current;
    /** `revisions[i]`: the revision whose module step i runs, or null (stamps). */
    constructor(scripts: ScriptDirectory, revisions: readonly (string | null)[], ahead?: number);
    /** Step i's module: the one imported ahead, or imported now. */
    get(i: number): Promise<ImportedRevision>;
    /** Starts importing the next module ahead, if any is due (call while the server is busy). */
    advance(): void;
    stop(): void;
    private start;
}
