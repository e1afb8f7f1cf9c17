/**
 * The revision graph: a pure model of revision files (ids, parents, branch
 * labels, dependencies), the symbol grammar, upgrade/downgrade/stamp planning,
 * version-table bookkeeping, history walks and Alembic-compatible listings.
 * No I/O anywhere in this folder.
 */
export {
  GraphError,
  type GraphErrorCode,
  type GraphErrorDetails,
  isGraphError,
  type MultipleHeadsContext,
  MultipleHeadsError,
  PlanningError,
  RelativeWalkError,
  ResolutionError,
  RevisionMapError,
  VersionTableError,
} from "./errors.js";
export { headsNotApplied } from "./database-position.js";
export { type DiagramFormat, type DiagramOptions, diagramOrder, renderDot, renderMermaid } from "./diagram.js";
export {
  type FormatOptions,
  formatBranches,
  formatBranchPoint,
  formatCurrentEntry,
  formatDownRevisions,
  formatHeadEntry,
  formatHistoryEntry,
  formatLogEntry,
  formatRevisionLine,
  type HeadOnlyOptions,
} from "./format.js";
export { HeadMaintainer, type VersionAction, versionTableActions } from "./head-maintainer.js";
export { type HistoryRange, historyRevisions, parseHistoryRange, walkRevisions } from "./history.js";
export {
  collectDowngradeRevisions,
  collectUpgradeRevisions,
  type IterateOptions,
  iterateRevisions,
  RangeNotAncestorError,
  type RevisionTarget,
} from "./iterate-revisions.js";
export {
  downgradeStep,
  formatStep,
  formatStepShort,
  type MigrationStep,
  type RevisionStep,
  type StampStep,
  type StepDirection,
  stampStep,
  stepName,
  upgradeStep,
} from "./migration-step.js";
export {
  type NewRevisionOptions,
  type NewRevisionParents,
  planNewRevision,
  validateRevisionId,
} from "./new-revision.js";
export { type OfflineKind, offlineRangeProblem } from "./offline-range.js";
export { type PlanOptions, planDowngrade, planUpgrade, resolveCurrentHeads } from "./plan-migrations.js";
export { planStamp, type StampOptions } from "./plan-stamp.js";
export { ILLEGAL_REVISION_CHARACTERS, RESERVED_SYMBOLS, Revision, type RevisionSource } from "./revision.js";
export { branchLabelProblem, type LineageOptions, RevisionMap } from "./revision-map.js";
export {
  getRevisionsRaw,
  MIN_PREFIX_LENGTH,
  mergeCommand,
  parseRange,
  parseRelative,
  type RelativeSymbol,
  type SymbolRange,
  splitBranch,
  type WalkOutcome,
  type WalkPosition,
  walk,
} from "./target-grammar.js";
export { topologicalSort } from "./topological-sort.js";
