/**
 * The team-workflow gate shared by `test`, `check` and `revision`: how many
 * heads the graph is meant to have (`test.heads` in the config, default 1),
 * and, when two pull requests each added a revision, which revisions are the
 * branches' latest, with their files and (when git knows) who added them.
 */
import { execFileSync } from "node:child_process";
import { dirname, relative } from "node:path";
import type { ResolvedConfig } from "../config/load-config.js";
import { AthanorError } from "../errors.js";
import { mergeCommand, type RevisionMap } from "../graph/index.js";
import type { ScriptRevision } from "../script/script-directory.js";
import { singleLine } from "../util/single-line.js";

/** The number of heads expected: `--heads`, else `test.heads` in the config, else 1. */
export function expectedHeadCount(config: ResolvedConfig, override?: number): number {
  return override ?? config.raw.test?.heads ?? 1;
}

/** Who added a file, from git (`Alice in 1a2b3c4`), or null: no git, not a repository, not committed yet. */
export function gitAddedBy(path: string): string | null {
  try {
    const out = execFileSync("git", ["log", "--diff-filter=A", "-1", "--format=%an%x09%h", "--", path], {
      cwd: dirname(path),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 5000,
    }).trim();
    const [author, commit] = out.split("\t");
    return author && commit ? `added by ${singleLine(author)} in ${commit}` : null;
  } catch {
    return null;
  }
}

/** `a59ee95dc34f "add nickname" (migrations/versions/a59e_add_nickname.ts, added by Bob in 1a2b3c4)`. */
export function describeRevision(map: RevisionMap<ScriptRevision>, id: string, cwd: string, opts: { git?: boolean } = {}): string {
  const rev = map.get(id);
  if (!rev) return id;
  const where: string[] = [];
  if (rev.path) where.push(relative(cwd, rev.path) || rev.path);
  const by = opts.git !== false && rev.path ? gitAddedBy(rev.path) : null;
  if (by) where.push(by);
  const message = rev.message ? ` ${JSON.stringify(singleLine(rev.message))}` : "";
  return `${id}${message}${where.length ? ` (${where.join(", ")})` : ""}`;
}

/**
 * The heads of the graph (`head` counts effective heads too, as `upgrade
 * head` and `revision` do) when there are more than `expected`, as the error
 * CI shows: each branch's latest revision, its file, who added it, and the
 * merge to run. Null when the count is fine. `exact`: fewer heads than
 * expected is an error too (`test`).
 */
export function unexpectedHeads(
  map: RevisionMap<ScriptRevision>,
  expected: number,
  cwd: string,
  opts: { exact?: boolean; setting?: string } = {},
): AthanorError | null {
  const heads = map.heads;
  const setting = opts.setting ?? "test.heads in the config";
  if (heads.length > expected) {
    const listed = heads.map((h) => describeRevision(map, h, cwd));
    const two = listed.length === 2 ? `${listed[0]} and ${listed[1]}` : listed.join(", ");
    return new AthanorError(
      "GRAPH.MULTIPLE_HEADS",
      `${heads.length} heads where ${expected} ${expected === 1 ? "is" : "are"} expected (${setting}): ${two}; ` +
        `${heads.length - expected === 1 && expected === 1 ? "two branches each added a revision" : "branches each added revisions"}: ` +
        `merge them with '${mergeCommand(map, heads)} -m "merge"' and commit the merge revision`,
    );
  }
  if (opts.exact && heads.length > 0 && heads.length < expected) {
    return new AthanorError(
      "GRAPH.MULTIPLE_HEADS",
      `${heads.length} head${heads.length === 1 ? "" : "s"} (${heads.join(", ")}) where ${expected} are expected (${setting}); if the branches were merged on purpose, lower test.heads`,
    );
  }
  return null;
}
