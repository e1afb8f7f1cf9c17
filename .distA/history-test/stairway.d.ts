import type { SchemaIntrospector } from "../autogenerate/index.js";
import type { ResolvedConfig } from "../config/load-config.js";
import { type RevisionStep } from "../graph/index.js";
import type { Session } from "../runtime/open-session.js";
import type { ScriptDirectory, ScriptRevision } from "../script/script-directory.js";
export type StairwayStep = "upgrade" | "downgrade" | "upgrade again";
export interface StairwayFailure {
    readonly revision: string;
    readonly file: string | null;
    readonly step: StairwayStep;
    readonly error: string;
    /** Schema differences (after the downgrade compared with before the upgrade), one line each. */
    readonly differences: readonly string[];
}
export interface StairwayResult {
    /** Revisions that went up, down and up again (irreversible ones only up). */
    readonly revisions: number;
    readonly steps: number;
    /** The heads the database is at when the stairway ended. */
    readonly heads: readonly string[];
    readonly failure: StairwayFailure | null;
}
export interface StairwayOptions {
    readonly session: Session;
    readonly scripts: ScriptDirectory;
    readonly config: ResolvedConfig;
    readonly introspector: SchemaIntrospector;
    /** Revisions that declare `irreversible` (their downgrade is not run). */
    readonly irreversible: ReadonlySet<string>;
    /** One line per revision done. */
    readonly progress: (line: string) => void;
    readonly cwd: string;
}
/** The revisions in the order `upgrade heads` applies them to an empty database. */
export declare function upgradeOrder(scripts: ScriptDirectory): RevisionStep<ScriptRevision>[];
export declare function runStairway(opts: StairwayOptions): Promise<StairwayResult>;
