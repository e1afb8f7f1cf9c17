import type { ResolvedConfig } from "../config/load-config.js";
import { AthanorError } from "../errors.js";
import { type RevisionMap } from "../graph/index.js";
import type { ScriptRevision } from "../script/script-directory.js";
/** The number of heads expected: `--heads`, else `test.heads` in the config, else 1. */
export declare function expectedHeadCount(config: ResolvedConfig, override?: number): number;
/** Who added a file, from git (`Alice in 1a2b3c4`), or null: no git, not a repository, not committed yet. */
export declare function gitAddedBy(path: string): string | null;
/** `a59ee95dc34f "add nickname" (migrations/versions/a59e_add_nickname.ts, added by Bob in 1a2b3c4)`. */
export declare function describeRevision(map: RevisionMap<ScriptRevision>, id: string, cwd: string, opts?: {
    git?: boolean;
}): string;
/**
 * The heads of the graph (`head` counts effective heads too, as `upgrade
 * head` and `revision` do) when there are more than `expected`, as the error
 * CI shows: each branch's latest revision, its file, who added it, and the
 * merge to run. Null when the count is fine. `exact`: fewer heads than
 * expected is an error too (`test`).
 */
export declare function unexpectedHeads(map: RevisionMap<ScriptRevision>, expected: number, cwd: string, opts?: {
    exact?: boolean;
    setting?: string;
}): AthanorError | null;
