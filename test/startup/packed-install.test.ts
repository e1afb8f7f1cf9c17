/**
 * The package as npm ships it: `npm pack`, unpacked into a project's
 * node_modules next to the runtime dependencies only (no commander, no
 * picocolors: the build bundles them), then the quick start run through the
 * installed binary on embedded PGlite, with and without the code cache. This
 * is where the bundle's file layout (dist/chunks, dist/cli/athanor.cjs, the
 * templates folder, "athanor" imported by revision files) meets a real install.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { REPO_ROOT } from "../support/cli.js";
import { installPackedAthanor } from "../support/packed-package.js";

describe("installed from the packed tarball", () => {
  const work = mkdtempSync(join(tmpdir(), "athanor-packed-"));
  const project = join(work, "app");
  const tmp = join(work, "tmp");
  // the file npm links as `athanor`: package.json's bin
  let bin = "";

  const athanor = (args: string[], env: Record<string, string> = {}) => {
    const e: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", TMPDIR: tmp, ...env };
    delete e.DATABASE_URL;
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: project, env: e as NodeJS.ProcessEnv, encoding: "utf8" });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  before(() => {
    installPackedAthanor(work, project);
    const installed = join(project, "node_modules", "athanor");
    bin = join(installed, JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).bin.athanor as string);
    mkdirSync(tmp);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test("the tarball ships the bundle, the templates and the declarations, not tsc's modules", () => {
    const dist = join(project, "node_modules", "athanor", "dist");
    const files = readdirSync(dist, { recursive: true }).map(String);
    for (const f of ["index.js", "index.d.ts", "cli/bin.cjs", "cli/athanor.cjs", "autogenerate/index.js", "config/settings.js"]) {
      assert.ok(files.includes(f), `${f} is missing from the package`);
    }
    assert.ok(!files.includes("graph/revision-map.js"), "tsc's per-module output is not shipped");
    assert.ok(readdirSync(join(project, "node_modules", "athanor", "templates")).some((f) => f.endsWith(".tmpl")));
  });

  test("init, revision, upgrade head, current and history work on PGlite, from the installed binary", () => {
    const version = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")).version as string;
    assert.equal(athanor(["--version"]).stdout.trim(), version);
    let r = athanor(["init"]);
    assert.equal(r.code, 0, r.stderr);
    r = athanor(["revision", "-m", "create account", "--rev-id", "aaaa00000001"]);
    assert.equal(r.code, 0, r.stderr);
    const file = join(project, "migrations", "versions", readdirSync(join(project, "migrations", "versions")).find((f) => f.startsWith("aaaa")) as string);
    // a revision that uses the library ("athanor" resolves to the installed package)
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace(/import type \{ MigrationOps \} from "athanor";|import \{ type MigrationOps \} from "athanor";/, 'import { type MigrationOps, t } from "athanor";')
        .replace(/export async function upgrade\(op: MigrationOps\): Promise<void> \{\n/, (m) => `${m}  await op.createTable("account", { columns: [{ name: "id", type: t.bigint(), primaryKey: true }, { name: "email", type: t.text() }] });\n`)
        .replace(/export async function downgrade\(op: MigrationOps\): Promise<void> \{\n/, (m) => `${m}  await op.dropTable("account");\n`),
    );
    assert.match(readFileSync(file, "utf8"), /op\.createTable\("account"/);
    r = athanor(["upgrade", "head"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Running upgrade {2}-> aaaa00000001, create account/);
    assert.match(r.stderr, /Done: 1 step committed; the database is at aaaa00000001/);
    r = athanor(["current"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), "aaaa00000001 (head)");
    r = athanor(["history"], { ATHANOR_CODE_CACHE: "0" });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), "<base> -> aaaa00000001 (head), create account");
    r = athanor(["downgrade", "base"], { ATHANOR_CODE_CACHE: "0" });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Running downgrade aaaa00000001 -> , create account/);
  });
});
