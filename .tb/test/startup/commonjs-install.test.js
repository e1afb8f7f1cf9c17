/**
 * `require("athanor")` in a CommonJS project (NestJS's default), installed
 * from the packed tarball: the API and "athanor/autogenerate" load through
 * the package's `require` condition, migrate() and status() run on PGlite and
 * on PostgreSQL, errors are AthanorErrors, and a TypeScript project compiled
 * as CommonJS (module commonjs, moduleResolution node16) type-checks against
 * the shipped declarations.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { REPO_ROOT } from "../support/cli.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { installPackedAthanor } from "../support/packed-package.js";
const REVISION = `/**
 * create account
 *
 * Revision ID: aaaa00000001
 * Revises:
 * Create Date: 2026-01-01 00:00:00.000000+00:00
 */
import { type MigrationOps, t } from "athanor";

export const revision = "aaaa00000001";
export const downRevision: string | string[] | null = null;

export async function upgrade(op: MigrationOps): Promise<void> {
  await op.createTable("account", { columns: [{ name: "id", type: t.bigint(), primaryKey: true }, { name: "email", type: t.text() }] });
}

export async function downgrade(op: MigrationOps): Promise<void> {
  await op.dropTable("account");
}
`;
/** A CommonJS start-up script: migrate, then status, then a failure, printed as JSON. */
const APP = `"use strict";
const athanor = require("athanor");
const autogenerate = require("athanor/autogenerate");
const { migrate, status, AthanorError } = athanor;
(async () => {
  const logger = false;
  const migrated = await migrate({ logger });
  const s = await status();
  let error = null;
  try {
    await migrate({ to: "zzzz", logger });
  } catch (e) {
    error = { athanor: e instanceof AthanorError, code: e.code };
  }
  console.log(JSON.stringify({
    steps: migrated.steps.map((x) => x.revision),
    headsAfter: migrated.headsAfter,
    upToDate: s.upToDate,
    error,
    compare: typeof autogenerate.compare,
  }));
})().catch((e) => { console.error(e); process.exit(1); });
`;
describe("installed from the packed tarball into a CommonJS project", () => {
    const work = mkdtempSync(join(tmpdir(), "athanor-cjs-"));
    const project = join(work, "app");
    const write = (rel, text) => {
        mkdirSync(dirname(join(project, rel)), { recursive: true });
        writeFileSync(join(project, rel), text);
    };
    const node = (args, env = {}) => {
        const e = { ...process.env, NO_COLOR: "1", ...env };
        if (!env.DATABASE_URL)
            delete e.DATABASE_URL;
        const r = spawnSync(process.execPath, args, { cwd: project, env: e, encoding: "utf8" });
        return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    before(() => {
        installPackedAthanor(work, project, { link: ["@types", "typescript"] });
        write("package.json", JSON.stringify({ name: "app", private: true, type: "commonjs" }));
        write("athanor.config.ts", `import { defineConfig } from "athanor";\n\nexport default defineConfig({ defaultUrl: "pglite:./.athanor/pglite" });\n`);
        write("migrations/versions/aaaa00000001_create_account.ts", REVISION);
        // a revision that imports a file of its own goes through jiti, whose "athanor" is the ES entry:
        // sql() and t values from that copy must work with the CommonJS copy's runtime
        write("migrations/versions/_columns.ts", `import { sql, t } from "athanor";\nexport const createdAt = { name: "created_at", type: t.timestamptz(), nullable: false, default: sql("now()") };\n`);
        write("migrations/versions/bbbb00000002_created_at.ts", `import type { MigrationOps } from "athanor";\nimport { createdAt } from "./_columns";\n\nexport const revision = "bbbb00000002";\nexport const downRevision = "aaaa00000001";\n\nexport async function upgrade(op: MigrationOps): Promise<void> {\n  await op.addColumn("account", createdAt);\n}\n\nexport async function downgrade(op: MigrationOps): Promise<void> {\n  await op.dropColumn("account", "created_at");\n}\n`);
        write("app.js", APP);
    });
    after(() => rmSync(work, { recursive: true, force: true }));
    test('require("athanor") loads the CommonJS build, not an error', () => {
        const r = node(["-e", 'const a = require("athanor"); const g = require("athanor/autogenerate"); console.log(typeof a.migrate, typeof a.status, typeof a.waitForDatabase, typeof a.AthanorError, typeof g.compare, typeof g.autogenerate)']);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout.trim(), "function function function function function function");
    });
    test("migrate() and status() through require() on PGlite (a folder)", () => {
        const r = node(["app.js"]);
        assert.equal(r.code, 0, r.stderr);
        const out = JSON.parse(r.stdout);
        assert.deepEqual(out.steps, ["aaaa00000001", "bbbb00000002"]);
        assert.deepEqual(out.headsAfter, ["bbbb00000002"]);
        assert.equal(out.upToDate, true);
        assert.deepEqual(out.error, { athanor: true, code: "GRAPH.UNKNOWN_REVISION" });
        assert.equal(out.compare, "function");
    });
    test("migrate() and status() through require() on PostgreSQL", async (t) => {
        const opts = await requirePostgres();
        if (opts.skip)
            return t.skip(opts.skip);
        const db = await createTestDatabase("athanor_cjs");
        try {
            const r = node(["app.js"], { DATABASE_URL: db.url });
            assert.equal(r.code, 0, r.stderr);
            const out = JSON.parse(r.stdout);
            assert.deepEqual(out.steps, ["aaaa00000001", "bbbb00000002"]);
            assert.equal(out.upToDate, true);
            // committed, as seen over a second connection
            const rows = await db.query("select version_num from athanor_version");
            assert.deepEqual(rows, [{ version_num: "bbbb00000002" }]);
            const columns = await db.query("select column_default from information_schema.columns where table_name = 'account' and column_name = 'created_at'");
            assert.deepEqual(columns, [{ column_default: "now()" }]);
        }
        finally {
            await db.drop();
        }
    });
    const typecheckAndRun = (name, compilerOptions, source) => {
        write(`${name}/src/start.ts`, source);
        write(`${name}/tsconfig.json`, JSON.stringify({ compilerOptions: { target: "ES2022", strict: true, types: ["node"], outDir: "out", ...compilerOptions }, include: ["src"] }));
        const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
        let r = node([tsc, "-p", `${name}/tsconfig.json`]);
        assert.equal(r.code, 0, r.stdout + r.stderr);
        // the compiled output is CommonJS (require() calls), and it loads
        r = node(["-e", `require("./${name}/out/start.js"); console.log("ok")`]);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout.trim(), "ok");
    };
    test("TypeScript compiled to CommonJS with node16 resolution type-checks against the declarations of both entries", () => {
        typecheckAndRun("ts-node16", { module: "node16", moduleResolution: "node16", skipLibCheck: false }, `import { AthanorError, migrate, status, type MigrateResult } from "athanor";
import { compare, type CompareResult } from "athanor/autogenerate";

export async function start(): Promise<MigrateResult> {
  try {
    const s = await status({ cwd: __dirname });
    if (s.pending.length === 0) console.log("up to date");
    return await migrate({ wait: true, validate: { tables: ["account"] } });
  } catch (e) {
    if (e instanceof AthanorError) console.error(e.code);
    throw e;
  }
}
export type Compared = CompareResult;
export const compareFn: typeof compare = compare;
// @ts-expect-error: a wrong option name is caught
export const wrong = () => migrate({ waitt: true });
`);
    });
    test("TypeScript as NestJS sets it up (module commonjs, node10 resolution) type-checks too", () => {
        typecheckAndRun("ts-nest", { module: "commonjs", skipLibCheck: true, esModuleInterop: true }, `import { AthanorError, migrate, type MigrateResult } from "athanor";

export async function start(): Promise<MigrateResult> {
  try {
    return await migrate({ wait: true });
  } catch (e) {
    if (e instanceof AthanorError) console.error(e.code);
    throw e;
  }
}
`);
    });
});
