/**
 * `lint --since REF`: the files added or changed since a git ref, as a pull
 * request sees them: compared with the point where the branch left REF (the
 * merge base), including changes not committed yet and new untracked files.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { UsageError } from "../errors.js";

function git(cwd: string, args: string[]): { ok: boolean; out: string; err: string } {
  const r = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (r.error) throw new UsageError(`--since needs git, which could not be run: ${r.error.message}`);
  return { ok: r.status === 0, out: r.stdout ?? "", err: (r.stderr ?? "").trim().split("\n")[0] ?? "" };
}

/** The top folder of the git work tree holding `dir`, or null outside one. */
export function gitRoot(dir: string): string | null {
  const r = spawnSync("git", ["rev-parse", "--show-toplevel"], { cwd: dir, encoding: "utf8" });
  return r.status === 0 && r.stdout ? r.stdout.trim() : null;
}

/** Absolute paths of the files added or changed since `ref`. */
export function changedFilesSince(ref: string, dir: string): Set<string> {
  const root = gitRoot(dir);
  if (root === null) throw new UsageError(`--since ${ref}: ${dir} is not in a git repository`);
  const verified = git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  if (!verified.ok) throw new UsageError(`--since ${ref}: not a commit git knows (fetch it first, e.g. git fetch origin main)`);
  const base = git(root, ["merge-base", ref, "HEAD"]);
  const from = base.ok ? base.out.trim() : ref;
  const diff = git(root, ["diff", "--name-only", "--no-renames", "--diff-filter=AM", "-z", from]);
  if (!diff.ok) throw new UsageError(`--since ${ref}: git diff failed: ${diff.err}`);
  const untracked = git(root, ["ls-files", "--others", "--exclude-standard", "-z"]);
  const names = [...diff.out.split("\0"), ...(untracked.ok ? untracked.out.split("\0") : [])].filter((n) => n !== "");
  return new Set(names.map((n) => resolve(root, n)));
}
