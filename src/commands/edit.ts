/**
 * `athanor edit REV`: opens the file(s) of the revision(s) `REV` names in the
 * user's editor (Alembic's `edit`). `current` reads the database.
 *
 * The editor is `EDITOR`, else `VISUAL` (Alembic's order), else the first of
 * sensible-editor, editor, nano, vim, code on the PATH (notepad on Windows).
 * Like git, the variable is a shell command (`code --wait` works); the file
 * is passed as its last argument.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { AthanorError } from "../errors.js";
import type { Revision } from "../graph/index.js";
import type { CommandContext } from "./context.js";

const FALLBACKS = process.platform === "win32" ? ["notepad"] : ["sensible-editor", "editor", "nano", "vim", "code"];

export async function edit(ctx: CommandContext, rev: string): Promise<number> {
  const { map } = await ctx.scriptDirectory();
  let revs: Revision[];
  if (rev === "current") {
    const { readDatabaseHeads } = await import("./database-heads.js");
    const { resolveCurrentHeads } = await import("../graph/index.js");
    const { heads } = await readDatabaseHeads(ctx);
    revs = resolveCurrentHeads(map, heads);
    if (revs.length === 0) throw new AthanorError("EDIT.NO_FILES", "No current revisions: the database is at base, so there is no file to edit");
  } else {
    revs = map.getRevisions(rev);
    if (revs.length === 0) throw new AthanorError("EDIT.NO_FILES", `No revision files indicated by symbol '${rev}'`);
  }
  const editor = findEditor(ctx.env);
  const opened: { revision: string; path: string }[] = [];
  for (const r of revs) {
    const path = r.path;
    if (!path) continue;
    openInEditor(editor, path, ctx.env);
    opened.push({ revision: r.id, path });
  }
  if (ctx.globals.json) ctx.out.resultJson(opened);
  return 0;
}

/** The editor command: `EDITOR`, `VISUAL`, or the first fallback found on the PATH. */
export function findEditor(env: NodeJS.ProcessEnv): string {
  for (const name of ["EDITOR", "VISUAL"]) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  for (const candidate of FALLBACKS) if (onPath(candidate, env)) return candidate;
  throw new AthanorError(
    "EDIT.NO_EDITOR",
    `No suitable editor found (tried ${FALLBACKS.join(", ")}); set the EDITOR or VISUAL environment variable, e.g. EDITOR=vim`,
  );
}

function onPath(name: string, env: NodeJS.ProcessEnv): boolean {
  const exts = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      try {
        accessSync(join(dir, name + ext), constants.X_OK);
        return true;
      } catch {
        // not here
      }
    }
  }
  return false;
}

function openInEditor(editor: string, file: string, env: NodeJS.ProcessEnv): void {
  // POSIX: as git runs it, `sh -c '<editor> "$@"' <editor> <file>`, so the variable may hold arguments
  // and the path needs no quoting; Windows: the shell with the path quoted.
  const r =
    process.platform === "win32"
      ? spawnSync(`${editor} "${file}"`, { shell: true, stdio: "inherit", env })
      : spawnSync("/bin/sh", ["-c", `${editor} "$@"`, editor, file], { stdio: "inherit", env });
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : r.status === null ? `killed by ${r.signal}` : `exit ${r.status}`;
    throw new AthanorError("EDIT.EDITOR_FAILED", `editor '${editor}' failed on ${file} (${why})`);
  }
}
