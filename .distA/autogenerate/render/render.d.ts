import type { Operation } from "../../operations/operation.js";
import type { PossibleRename } from "../compare/compare.js";
export interface RenderedBody {
    /** Import lines (e.g. `import { sql, t } from "athanor";`), or "". */
    readonly imports: string;
    /** Upgrade body, each line indented by two spaces. */
    readonly upgrades: string;
    readonly downgrades: string;
}
export interface RenderInput {
    readonly upgradeOps: readonly Operation[];
    readonly downgradeOps: readonly Operation[];
    /** Upgrade ops whose inverse is unknown, with the reason (shown as comments in the downgrade). */
    readonly irreversible?: readonly string[];
    readonly possibleRenames?: readonly PossibleRename[];
    readonly warnings?: readonly string[];
}
/** Why an op needs a second look, or null. */
export declare function reviewReason(op: Operation): string | null;
/** Which of athanor's value exports (`t`, `sql`, `pg`) the code uses (string literals ignored). */
export declare function importsFor(code: string): string;
export declare function renderBodies(input: RenderInput): RenderedBody;
/** One readable line per operation, for `athanor check`. */
export declare function formatDiff(operations: readonly Operation[]): string[];
/** A JSON-safe form of the operations (bigint as string, sql() as { sql }, Date as ISO, bytes as hex). */
export declare function diffJson(operations: readonly Operation[]): Array<{
    kind: string;
    description: string;
    destructive: boolean;
    operation: unknown;
}>;
