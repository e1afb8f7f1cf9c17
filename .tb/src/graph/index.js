/**
 * The revision graph: a pure model of revision files (ids, parents, branch
 * labels, dependencies), the symbol grammar, upgrade/downgrade/stamp planning,
 * version-table bookkeeping, history walks and Alembic-compatible listings.
 * No I/O anywhere in this folder.
 */
export { GraphError, isGraphError, MultipleHeadsError, PlanningError, RelativeWalkError, ResolutionError, RevisionMapError, VersionTableError, } from "./errors.js";
export { headsNotApplied } from "./database-position.js";
export { formatBranches, formatBranchPoint, formatCurrentEntry, formatDownRevisions, formatHeadEntry, formatHistoryEntry, formatLogEntry, formatRevisionLine, } from "./format.js";
export { HeadMaintainer, versionTableActions } from "./head-maintainer.js";
export { historyRevisions, parseHistoryRange, walkRevisions } from "./history.js";
export { collectDowngradeRevisions, collectUpgradeRevisions, iterateRevisions, RangeNotAncestorError, } from "./iterate-revisions.js";
export { downgradeStep, formatStep, formatStepShort, stampStep, stepName, upgradeStep, } from "./migration-step.js";
export { planNewRevision, validateRevisionId, } from "./new-revision.js";
export { offlineRangeProblem } from "./offline-range.js";
export { planDowngrade, planUpgrade, resolveCurrentHeads } from "./plan-migrations.js";
export { planStamp } from "./plan-stamp.js";
export { ILLEGAL_REVISION_CHARACTERS, RESERVED_SYMBOLS, Revision } from "./revision.js";
export { RevisionMap } from "./revision-map.js";
export { getRevisionsRaw, MIN_PREFIX_LENGTH, mergeCommand, parseRange, parseRelative, splitBranch, walk, } from "./target-grammar.js";
export { topologicalSort } from "./topological-sort.js";
