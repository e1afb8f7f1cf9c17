/**
 * Compiled revision modules kept between CLI runs (src/script/revision-code-cache.ts):
 * a later run uses them, an edited file is never run from the cache (entries are
 * keyed by the file's bytes, not its times), and a damaged cache changes nothing.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import { resolveConfig } from "../../src/config/load-config.js";
import { enableRevisionCodeCache, RevisionCodeCache } from "../../src/script/revision-code-cache.js";
import { loadModule } from "../../src/util/load-module.js";
import { TempProject } from "../support/cli.js";

const COUNT = 40;
const id = (i: number) => `c${String(i).padStart(4, "0")}`;
const revisionSource = (i: number, table: string) => `/**
 * create ${table}
 *
 * Revision ID: ${id(i)}
 */
import { type MigrationOps, t } from "athanor";

export const revision = "${id(i)}";
export const downRevision: string | null = ${i === 1 ? "null" : JSON.stringify(id(i - 1))};
export const branchLabels: string[] = [];
export const dependsOn: string[] = [];

export async function upgrade(op: MigrationOps): Promise<void> {
  await op.createTable("${table}", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });
}

export async function downgrade(op: MigrationOps): Promise<void> {
  await op.dropTable("${table}");
}
`;

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

describe("revision code cache: the store", () => {
  const dir = mkdtempSync(join(tmpdir(), "athanor-rcc-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "node_modules")); // the cache goes to node_modules/.cache/athanor
  mkdirSync(join(dir, "migrations", "versions"), { recursive: true });
  const config = resolveConfig({ scriptLocation: "migrations" }, { configFile: null, cwd: dir, env: {} });
  const file = join(dir, "migrations", "versions", "c0001_x.ts");
  const source = revisionSource(1, "t_one");
  writeFileSync(file, source);
  const cacheFile = () => {
    const folder = join(dir, "node_modules", ".cache", "athanor");
    const found = existsSync(folder) ? readdirSync(folder).filter((f) => f.startsWith("revision-code-")) : [];
    return found.length === 1 ? join(folder, found[0] as string) : null;
  };

  test("not used unless enabled, nor for a project with few revisions", () => {
    assert.equal(RevisionCodeCache.open(config, COUNT, {}), null, "the CLI enables it; the API doesn't");
    enableRevisionCodeCache();
    assert.equal(RevisionCodeCache.open(config, 3, {}), null);
    assert.equal(RevisionCodeCache.open(config, COUNT, { ATHANOR_CACHE: "0" }), null);
  });

  test("a module compiled once is stored with V8's code cache and loaded from it", async () => {
    const first = RevisionCodeCache.open(config, COUNT, {});
    assert.ok(first);
    const slot = first.slot(sha(source));
    assert.equal(slot.get(), undefined);
    const mod = await loadModule(file, source, { compiled: slot });
    assert.equal(mod.revision, "c0001");
    first.save();
    assert.ok(cacheFile());

    const second = RevisionCodeCache.open(config, COUNT, {});
    assert.ok(second);
    const stored = second.slot(sha(source)).get();
    assert.ok(stored, "the entry is there");
    assert.match(stored.code, /async function upgrade/);
    assert.deepEqual(stored.imports, ["api"]);
    assert.ok(stored.cachedData && stored.cachedData.length > 100, "with V8's code cache");
    const again = await loadModule(file, source, { compiled: second.slot(sha(source)) });
    assert.equal(again.revision, "c0001");
    assert.equal(typeof again.upgrade, "function");
  });

  test("the stored code is what runs for that source (so a key must only ever match its own bytes)", async () => {
    const cache = RevisionCodeCache.open(config, COUNT, {});
    assert.ok(cache);
    const stored = cache.slot(sha(source)).get();
    assert.ok(stored);
    // an entry for other bytes is never consulted for this source
    const edited = source.replaceAll("t_one", "t_two");
    const mod = await loadModule(file, edited, { compiled: cache.slot(sha(edited)) });
    assert.equal(mod.revision, "c0001");
    const calls: string[] = [];
    await (mod.upgrade as (op: unknown) => Promise<void>)({ createTable: async (name: string) => calls.push(name) });
    assert.deepEqual(calls, ["t_two"]);
  });

  test("a damaged or truncated file is ignored", async () => {
    const path = cacheFile();
    assert.ok(path);
    const good = readFileSync(path);
    for (const bad of [Buffer.from("garbage"), good.subarray(0, good.length - 10), Buffer.concat([good, Buffer.from("x")])]) {
      writeFileSync(path, bad);
      const cache = RevisionCodeCache.open(config, COUNT, {});
      assert.ok(cache);
      assert.equal(cache.slot(sha(source)).get(), undefined);
      const mod = await loadModule(file, source, { compiled: cache.slot(sha(source)) });
      assert.equal(mod.revision, "c0001");
    }
  });
});

describe("revision code cache: through the CLI on SQLite", () => {
  const project = new TempProject("athanor-rcc-cli-");
  const cacheHome = mkdtempSync(join(tmpdir(), "athanor-rcc-home-"));
  const env = { TMPDIR: cacheHome, DATABASE_URL: `sqlite:${join(project.dir, "app.db")}` };
  const cacheFolder = join(cacheHome, `athanor-cache-${process.getuid?.() ?? "user"}`);
  after(() => {
    project.cleanup();
    rmSync(cacheHome, { recursive: true, force: true });
  });
  project.write("athanor.config.ts", `import { defineConfig } from "athanor";\nexport default defineConfig({ scriptLocation: "migrations" });\n`);
  for (let i = 1; i <= COUNT; i++) project.write(`migrations/versions/${id(i)}_create.ts`, revisionSource(i, `t_${i}`));
  const tables = () => {
    const r = project.run(["current"], { env });
    assert.equal(r.code, 0, r.stderr);
    return r.stdout;
  };

  test("the first upgrade writes the cache; the next run uses it and applies the same", () => {
    const r = project.run(["upgrade", "head"], { env });
    assert.equal(r.code, 0, r.stderr);
    const files = readdirSync(cacheFolder).filter((f) => f.startsWith("revision-code-"));
    assert.equal(files.length, 1);
    const path = join(cacheFolder, files[0] as string);
    assert.ok(statSync(path).size > COUNT * 500);
    const mtime = statSync(path).mtimeMs;
    assert.match(tables(), /c0040 \(head\)/);

    assert.equal(project.run(["downgrade", "base"], { env }).code, 0);
    const again = project.run(["upgrade", "head"], { env });
    assert.equal(again.code, 0, again.stderr);
    assert.equal(statSync(path).mtimeMs, mtime, "nothing new to store");
    assert.match(tables(), /c0040 \(head\)/);
  });

  test("a revision edited in place, same size and file times, runs as edited", () => {
    assert.equal(project.run(["downgrade", "base"], { env }).code, 0);
    const rel = `migrations/versions/${id(7)}_create.ts`;
    const path = join(project.dir, rel);
    const st = statSync(path);
    const edited = project.read(rel).replaceAll('"t_7"', '"u_7"');
    assert.equal(edited.length, st.size);
    writeFileSync(path, edited);
    utimesSync(path, st.atime, st.mtime);
    const r = project.run(["upgrade", "head"], { env });
    assert.equal(r.code, 0, r.stderr);
    // read over a second connection: the edited table is there, the old one isn't
    const db = new Database(join(project.dir, "app.db"), { readonly: true });
    try {
      const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('t_7', 'u_7')").all() as { name: string }[]).map((r) => r.name);
      assert.deepEqual(names, ["u_7"]);
    } finally {
      db.close();
    }
  });

  test("a damaged cache file changes nothing a user sees", () => {
    const files = readdirSync(cacheFolder).filter((f) => f.startsWith("revision-code-"));
    writeFileSync(join(cacheFolder, files[0] as string), "damaged");
    assert.equal(project.run(["downgrade", "base"], { env }).code, 0);
    const r = project.run(["upgrade", "head"], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.match(tables(), /c0040 \(head\)/);
  });
});
