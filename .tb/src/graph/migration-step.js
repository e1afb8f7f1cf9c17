export function upgradeStep(revision) {
    return { type: "revision", direction: "up", revision, fromRevisions: revision.downRevisions, toRevisions: [revision.id] };
}
export function downgradeStep(revision) {
    return { type: "revision", direction: "down", revision, fromRevisions: [revision.id], toRevisions: revision.downRevisions };
}
export function stampStep(from, to, direction, branchMove) {
    return { type: "stamp", direction, fromRevisions: [...from], toRevisions: [...to], branchMove };
}
/** Alembic's step name: `upgrade`, `downgrade`, or `stamp_revision`. */
export function stepName(step) {
    if (step.type === "stamp")
        return "stamp_revision";
    return step.direction === "up" ? "upgrade" : "downgrade";
}
/**
 * Alembic `MigrationStep.short_log`: `upgrade a -> b`, `upgrade  -> a` (from
 * base), `upgrade a, b -> m` (merge), `downgrade b -> ` (to base). Used for
 * `-- Running ...` comments in offline SQL.
 */
export function formatStepShort(step) {
    return `${stepName(step)} ${step.fromRevisions.join(", ")} -> ${step.toRevisions.join(", ")}`;
}
/**
 * Alembic `str(MigrationStep)`, the text after `Running ` in its log:
 * `upgrade aaaa1111 -> bbbb2222, add column`.
 */
export function formatStep(step) {
    const doc = step.type === "revision" ? step.revision.message : "";
    return doc ? `${formatStepShort(step)}, ${doc}` : formatStepShort(step);
}
