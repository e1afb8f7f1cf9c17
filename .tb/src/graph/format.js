/**
 * Text for `history`, `heads`, `branches`, `current` and `show`, matching
 * Alembic 1.8's CLI output character for character. Each function returns
 * exactly the text Alembic hands to `print()`; print it followed by "\n"
 * (`console.log`). Where Alembic prints an unordered set (a branch point's
 * children, a revision's labels), we print load order.
 */
import { escapeControlCharacters, singleLine } from "../util/single-line.js";
import { walkRevisions } from "./history.js";
function isCurrent(rev, current) {
    if (!current)
        return false;
    return "has" in current ? current.has(rev.id) : current.includes(rev.id);
}
/** Alembic `_format_down_revision`: `<base>` or `a, b`. */
export function formatDownRevisions(rev) {
    return rev.downRevisions.length === 0 ? "<base>" : rev.downRevisions.join(", ");
}
/** Alembic `Script._head_only`: the one-line forms. */
export function formatRevisionLine(rev, options = {}) {
    const tree = options.treeIndicators ?? true;
    const headInd = options.headIndicators ?? true;
    let text = rev.id;
    if (options.includeParents) {
        text =
            rev.dependsOn.length > 0
                ? `${formatDownRevisions(rev)} (${rev.dependsOn.join(", ")}) -> ${text}`
                : `${formatDownRevisions(rev)} -> ${text}`;
    }
    if (options.includeBranches && rev.branchLabels.length > 0)
        text += ` (${rev.branchLabels.join(", ")})`;
    if (headInd || tree) {
        if (rev.isRealHead)
            text += " (head)";
        if (rev.isHead && !rev.isRealHead)
            text += " (effective head)";
        if (isCurrent(rev, options.current))
            text += " (current)";
    }
    if (tree) {
        if (rev.isBranchPoint)
            text += " (branchpoint)";
        if (rev.isMergePoint)
            text += " (mergepoint)";
    }
    // a message of several lines (a wrapped first paragraph, a multi-line -m) stays on this line
    if (options.includeDoc)
        text += `, ${singleLine(rev.message)}`;
    return text;
}
/** Python's str.splitlines (no trailing empty line). */
function splitLines(text) {
    if (text === "")
        return [];
    const lines = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
    if (lines.length > 0 && lines[lines.length - 1] === "" && /[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]$/.test(text)) {
        lines.pop();
    }
    return lines;
}
/**
 * Alembic `Script.log_entry`, the verbose form (`history -v`, `show`,
 * `heads -v`): Rev/Parent or Merges/Also depends on/Branches into/Branch
 * names/Path, then the doc indented by four spaces. Ends with "\n".
 */
export function formatLogEntry(rev, options = {}) {
    let entry = `Rev: ${rev.id}${rev.isHead ? " (head)" : ""}${rev.isBranchPoint ? " (branchpoint)" : ""}${rev.isMergePoint ? " (mergepoint)" : ""}${isCurrent(rev, options.current) ? " (current)" : ""}\n`;
    entry += rev.isMergePoint ? `Merges: ${formatDownRevisions(rev)}\n` : `Parent: ${formatDownRevisions(rev)}\n`;
    if (rev.dependsOn.length > 0)
        entry += `Also depends on: ${rev.dependsOn.join(", ")}\n`;
    if (rev.isBranchPoint)
        entry += `Branches into: ${rev.nextRevisions.join(", ")}\n`;
    if (rev.branchLabels.length > 0)
        entry += `Branch names: ${rev.branchLabels.join(", ")}\n`;
    entry += `Path: ${rev.path ?? ""}\n`;
    entry += `\n${splitLines(rev.doc)
        .map((l) => `    ${escapeControlCharacters(l)}`)
        .join("\n")}\n`;
    return entry;
}
/** `history` line: `aaaa1111 -> bbbb2222 (head), add column`; verbose gives the log entry. */
export function formatHistoryEntry(rev, options = {}) {
    if (options.verbose)
        return formatLogEntry(rev, options);
    return formatRevisionLine(rev, { ...options, includeBranches: true, includeDoc: true, includeParents: true });
}
/** `heads` line: `cccc3333 (shop) (head)`, `x1 (effective head)`; verbose gives the log entry. */
export function formatHeadEntry(rev, options = {}) {
    if (options.verbose)
        return formatLogEntry(rev, options);
    return formatRevisionLine(rev, { ...options, includeBranches: true, treeIndicators: false });
}
/** `current` line: `ffff6666 (head) (mergepoint)` (no labels); verbose gives the log entry. */
export function formatCurrentEntry(rev, options = {}) {
    if (options.verbose)
        return formatLogEntry(rev, options);
    return formatRevisionLine(rev, options);
}
/**
 * `branches` block for one branch point:
 * ```
 * aaaa1111 (branchpoint)
 *          -> bbbb2222 (head)
 *          -> cccc3333 (shop) (head)
 * ```
 * followed by "\n" (Alembic prints a blank line after each block).
 */
export function formatBranchPoint(map, rev, options = {}) {
    const head = options.verbose ? formatLogEntry(rev) : formatRevisionLine(rev, { includeBranches: true });
    const pad = " ".repeat(rev.id.length);
    const children = rev.nextRevisions
        .map((id) => map.get(id))
        .map((c) => `${pad} -> ${formatRevisionLine(c, { includeBranches: true, includeDoc: options.verbose ?? false })}`);
    return `${head}\n${children.join("\n")}\n`;
}
/** Every `branches` block, newest branch point first (Alembic walks the whole history). */
export function formatBranches(map, options = {}) {
    const out = [];
    for (const rev of walkRevisions(map))
        if (rev.isBranchPoint)
            out.push(formatBranchPoint(map, rev, options));
    return out;
}
