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

export function netVersionActions(actions: readonly VersionAction[]): VersionAction[] {
  const removed = new Set<string>();
  const added = new Set<string>();
  const remove = (rev: string) => {
    if (added.has(rev)) added.delete(rev);
    else removed.add(rev);
  };
  const insert = (rev: string) => {
    if (removed.has(rev)) removed.delete(rev);
    else added.add(rev);
  };
  for (const a of actions) {
    if (a.kind === "insert") insert(a.rev);
    else if (a.kind === "delete") remove(a.rev);
    else {
      remove(a.from);
      insert(a.to);
    }
  }
  return [...[...removed].map((rev): VersionAction => ({ kind: "delete", rev })), ...[...added].map((rev): VersionAction => ({ kind: "insert", rev }))];
}
