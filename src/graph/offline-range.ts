/**
 * Checks on an offline (`--sql`) range before a script is written: offline
 * there is no database, so `current` has no value; and an upgrade range that
 * goes down (or a downgrade range that goes up) would print an empty script.
 */
import { isGraphError } from "./errors.js";
import type { Revision, RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
import { getRevisions, parseRelative } from "./target-grammar.js";

export type OfflineKind = "upgrade" | "downgrade";

/** Why `athanor <kind> --sql <text>` can't be written, or null (other mistakes are left to planning). */
export function offlineRangeProblem<S extends RevisionSource>(map: RevisionMap<S>, kind: OfflineKind, text: string): string | null {
  const colon = text.indexOf(":");
  const from = colon < 0 ? "" : text.slice(0, colon).trim();
  const to = (colon < 0 ? text : text.slice(colon + 1)).trim();
  if (from === "current" || to === "current") {
    const end = to === "current" ? (kind === "upgrade" ? "head" : "base") : to || (kind === "upgrade" ? "head" : "base");
    return `offline mode (--sql) can't know the current revision: it connects to no database; name the revision to start from, e.g. 'athanor ${kind} --sql <revision>:${end}' ('athanor current' shows it on a database)`;
  }
  const relativeFrom = parseRelative(from);
  if (relativeFrom !== null && relativeFrom.symbol === null) {
    const end = to || (kind === "upgrade" ? "head" : "base");
    return `offline mode (--sql) can't count '${from}' from the current revision: it connects to no database; name the revision to start from, e.g. 'athanor ${kind} --sql <revision>:${end}' ('athanor current' shows it on a database)`;
  }
  if (colon < 0 || parseRelative(to) !== null) return null;
  const start = revisionsOf(map, from);
  const end = revisionsOf(map, to);
  if (start === undefined || end === undefined) return null;
  const below = (lower: readonly Revision<S>[], upper: readonly Revision<S>[]) =>
    lower.every((l) => upper.some((u) => map.isAncestorNode(l, u, true)));
  // strictly below: every target revision is at or below the start, and not the other way round
  const goesDown = below(end, start) && !below(start, end);
  const goesUp = below(start, end) && !below(end, start);
  const shown = `${from || "base"}:${to || "base"}`;
  if (kind === "upgrade" && goesDown) {
    return `upgrade --sql ${text} goes down (${to || "base"} is below ${from}): nothing would be written; for the downgrade script run 'athanor downgrade --sql ${shown}'`;
  }
  if (kind === "downgrade" && goesUp) {
    return `downgrade --sql ${text} goes up (${to} is above ${from || "base"}): nothing would be written; for the upgrade script run 'athanor upgrade --sql ${shown}'`;
  }
  return null;
}

/** The revisions a range end names ([] for base); undefined when it names nothing valid (planning says why). */
function revisionsOf<S extends RevisionSource>(map: RevisionMap<S>, symbol: string): Revision<S>[] | undefined {
  if (symbol === "" || symbol === "base") return [];
  try {
    return getRevisions(map, symbol);
  } catch (e) {
    if (isGraphError(e)) return undefined;
    throw e;
  }
}
