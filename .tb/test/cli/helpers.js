/**
 * Shared pieces of the CLI tests: the graphs compared with Alembic, a writer
 * for revision files whose doc comment matches the Python docstrings the
 * Alembic recording used, and assertions on what a person reads.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { TempProject } from "../support/cli.js";
const fixturesUrl = new URL("../../../test/cli/fixtures/", import.meta.url);
export const GRAPHS = JSON.parse(readFileSync(new URL("graphs.json", fixturesUrl), "utf8"));
export const ALEMBIC = JSON.parse(readFileSync(new URL("alembic-cli.json", fixturesUrl), "utf8"));
/** The revision file for `r`, with the doc comment Alembic's recording used (same message, same Create Date). */
export function graphRevisionFile(r) {
    const revises = Array.isArray(r.down) ? r.down.join(", ") : (r.down ?? "");
    return `/**
 * ${r.message}
 *
 * Revision ID: ${r.rev}
 * Revises: ${revises}
 * Create Date: 2026-01-01 00:00:00.000000
 */
export const revision = ${JSON.stringify(r.rev)};
export const downRevision = ${JSON.stringify(r.down)};
export const branchLabels = ${JSON.stringify(r.branchLabels ?? [])};
export const dependsOn = ${JSON.stringify(r.dependsOn ?? [])};

export async function upgrade() {}

export async function downgrade() {}
`;
}
/** Writes a graph into `migrations/versions/` of the project (no config: defaults apply). */
export function writeGraph(project, graph, versions = "migrations/versions") {
    for (const r of graph)
        project.write(`${versions}/${r.rev}_${r.message.replace(/ /g, "_")}.ts`, graphRevisionFile(r));
}
/** Asserts success and returns stdout. */
export function ok(r, what = "command") {
    assert.equal(r.code, 0, `${what} failed (exit ${r.code}):\n${r.stderr}${r.stdout}`);
    return r.stdout;
}
/**
 * Asserts a failure the way people see it: the exit code, nothing on stdout,
 * exactly one line on stderr starting `error: `, no stack trace, no escape
 * codes. Returns the message after `error: `.
 */
export function fails(r, code = 1) {
    assert.equal(r.code, code, `expected exit ${code}, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
    assert.equal(r.stdout, "", `stdout should be empty on failure, got: ${r.stdout}`);
    const lines = r.stderr.split("\n").filter((l) => l !== "");
    assert.equal(lines.length, 1, `expected one line on stderr, got:\n${r.stderr}`);
    const line = lines[0];
    assert.match(line, /^error: /, `stderr should start with 'error: ': ${line}`);
    assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace without --debug");
    assert.doesNotMatch(r.stderr, /\x1b\[/, "no colour escape codes");
    return line.slice("error: ".length);
}
/** Lines of text, without the final empty one. */
export function lines(text) {
    const l = text.split("\n");
    if (l[l.length - 1] === "")
        l.pop();
    return l;
}
/** Asserts that no output anywhere contains `secret`. */
export function assertNoSecret(r, ...secrets) {
    for (const s of secrets) {
        assert.ok(!r.stdout.includes(s), `stdout shows the secret '${s}':\n${r.stdout}`);
        assert.ok(!r.stderr.includes(s), `stderr shows the secret '${s}':\n${r.stderr}`);
    }
}
/** Runs `fn` in a fresh temporary project and removes it afterwards. */
export async function withProject(fn) {
    const p = new TempProject();
    try {
        await fn(p);
    }
    finally {
        p.cleanup();
    }
}
