/**
 * Runs the configured post-write hooks on a freshly written revision file.
 * Unlike Alembic, a failing hook is an error (with its output), not silence.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { AthanorError } from "../errors.js";
function shellQuote(s) {
    return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
export function runPostWriteHooks(hooks, file, projectDir) {
    const ran = [];
    for (const hook of hooks) {
        const spec = typeof hook === "string" ? { command: hook } : hook;
        const command = spec.command.includes("{file}")
            ? spec.command.replace(/\{file\}/g, shellQuote(file))
            : `${spec.command} ${shellQuote(file)}`;
        const cwd = spec.cwd ? resolve(projectDir, spec.cwd) : projectDir;
        const r = spawnSync(command, { shell: true, cwd, encoding: "utf8", env: process.env });
        if (r.error || r.status !== 0) {
            const output = `${r.stdout ?? ""}${r.stderr ?? ""}`.trim();
            const why = r.error ? r.error.message : `exit ${r.status ?? `signal ${r.signal}`}`;
            throw new AthanorError("HOOK.FAILED", `post-write hook '${spec.command}' failed on ${file} (${why}); the revision file was written and kept${output ? ":" : ""}`, output ? { detail: output } : undefined);
        }
        ran.push(command);
    }
    return ran;
}
