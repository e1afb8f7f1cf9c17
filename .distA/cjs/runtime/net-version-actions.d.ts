/**
 * The net effect of a sequence of version-table actions: which versions to
 * delete (they were there before and aren't after) and which to insert. A
 * run in one transaction (per-run mode) records its steps this way, in one
 * statement at COMMIT, instead of one statement per step: nobody can see the
 * table in between, and the end state is the same. Deleting exactly the rows
 * that were there checks, as the per-step actions do, that the table held
 * what the plan expected.
 */
import type { VersionAction } from "../graph/index.js";
export declare function netVersionActions(actions: readonly VersionAction[]): VersionAction[];
