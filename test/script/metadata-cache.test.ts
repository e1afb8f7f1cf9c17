// The revision metadata cache (src/script/metadata-cache.ts) and its use by ScriptDirectory.load.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { type ResolvedConfig, resolveConfig } from "../../src/config/load-config.js";
import { MetadataCache } from "../../src/script/metadata-cache.js";
import { ScriptDirectory } from "../../src/script/script-directory.js";

const COUNT = 300;
const id = (i: number) => `r${String(i).padStart(5, "0")}`;
const source = (i: number, down: string | null, label = "") => `/**
 * step ${i}
 *
 * Revision ID: ${id(i)}
 */
export const revision = "${id(i)}";
export const downRevision: string | null = ${down === null ? "null" : JSON.stringify(down)};
export const branchLabels: string[] = [${label ? JSON.stringify(label) : ""}];
export const dependsOn: string[] = [];
`;

function project(): { dir: string; config: ResolvedConfig; file: (i: number) => string } {
  const dir = mkdtempSync(join(tmpdir(), "athanor-mcache-"));
  mkdirSync(join(dir, "node_modules")); // the cache goes to node_modules/.cache/athanor
  const versions = join(dir, "migrations", "versions");
  mkdirSync(versions, { recursive: true });
  const file = (i: number) => join(versions, `${id(i)}_step.ts`);
  for (let i = 1; i <= COUNT; i++) writeFileSync(file(i), source(i, i === 1 ? null : id(i - 1)));
  const config = resolveConfig({ scriptLocation: "migrations" }, { configFile: null, cwd: dir, env: {} });
  return { dir, config, file };
}

/** One pass over every file as ScriptDirectory.load does it; returns how many came from the cache. */
function pass(config: ResolvedConfig, files: string[], now: number): { hits: number; messages: string[] } {
  const cache = MetadataCache.open(config, files.length, {});
  assert.ok(cache);
  let hits = 0;
  const messages: string[] = [];
  for (const f of files) {
    const hit = cache.lookup(f);
    if (hit.parsed) {
      hits++;
      messages.push(hit.parsed.message);
    }
  }
  cache.save(null, now);
  return { hits, messages };
}

describe("revision metadata cache", () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  test("ScriptDirectory.load gives the same graph with and without the cache, and edits are seen", () => {
    const p = project();
    dirs.push(p.dir);
    const first = ScriptDirectory.load(p.config);
    assert.equal(first.map.heads.length, 1);
    // files written less than 2 s ago are not cached yet: write the cache as if later
    const files = Array.from({ length: COUNT }, (_, k) => p.file(k + 1));
    const c1 = MetadataCache.open(p.config, COUNT, {});
    assert.ok(c1);
    for (const f of files) {
      const hit = c1.lookup(f);
      if (!hit.parsed) c1.store(hit, first.script(id(files.indexOf(f) + 1)));
    }
    c1.save({ heads: first.map.heads, realHeads: first.map.realHeads }, Date.now() + 10_000);
    assert.equal(readdirSync(join(p.dir, "node_modules", ".cache", "athanor")).filter((n) => n.endsWith(".json")).length, 1);

    const c2 = MetadataCache.open(p.config, COUNT, {});
    assert.ok(c2);
    const hit = c2.lookup(p.file(7));
    assert.equal(hit.parsed?.revision, id(7));
    assert.equal(hit.parsed?.downRevision, id(6));
    assert.equal(hit.parsed?.message, "step 7");
    assert.equal(hit.parsed?.path, p.file(7));

    const cached = ScriptDirectory.load(p.config);
    assert.deepEqual(
      [...cached.scripts.values()].map((s) => [s.revision, s.downRevision, s.message, s.doc, s.location]),
      [...first.scripts.values()].map((s) => [s.revision, s.downRevision, s.message, s.doc, s.location]),
    );

    // an in-place edit that keeps the size misses the cache
    writeFileSync(p.file(COUNT), source(COUNT, id(COUNT - 1)).replace("step", "stop"));
    const c3 = MetadataCache.open(p.config, COUNT, {});
    assert.ok(c3);
    assert.equal(c3.lookup(p.file(COUNT)).parsed, undefined);
    assert.equal(c3.lookup(p.file(COUNT - 1)).parsed?.revision, id(COUNT - 1));
    assert.equal(ScriptDirectory.load(p.config).script(id(COUNT)).message, `stop ${COUNT}`);
    writeFileSync(p.file(COUNT), source(COUNT, id(COUNT - 1), "x"));
    assert.deepEqual(ScriptDirectory.load(p.config).script(id(COUNT)).branchLabels, ["x"]);
    // and a new parent too
    writeFileSync(p.file(COUNT), source(COUNT, id(1)));
    assert.equal(ScriptDirectory.load(p.config).script(id(COUNT)).downRevision, id(1));
  });

  test("recently changed files are not stored; small projects, ATHANOR_CACHE=0 and broken caches are handled", () => {
    const p = project();
    dirs.push(p.dir);
    const files = Array.from({ length: COUNT }, (_, k) => p.file(k + 1));
    ScriptDirectory.load(p.config); // writes a cache with nothing in it: every file is brand new
    assert.equal(pass(p.config, files, Date.now()).hits, 0);

    assert.equal(MetadataCache.open(p.config, 10, {}), null);
    assert.equal(MetadataCache.open(p.config, COUNT, { ATHANOR_CACHE: "0" }), null);

    const cacheDir = join(p.dir, "node_modules", ".cache", "athanor");
    for (const n of readdirSync(cacheDir)) writeFileSync(join(cacheDir, n), "{not json");
    assert.equal(ScriptDirectory.load(p.config).map.heads.length, 1);
    for (const n of readdirSync(cacheDir)) {
      writeFileSync(join(cacheDir, n), JSON.stringify({ format: 2, parser: "x", rows: [[p.file(1), 1, 2, 3, 4, "evil", null, [], [], true, ""]] }));
    }
    assert.equal(ScriptDirectory.load(p.config).script(id(1)).revision, id(1));
  });

  test("the graph's heads are kept with the rows and used only while every file is as it was", () => {
    const p = project();
    dirs.push(p.dir);
    const files = Array.from({ length: COUNT }, (_, k) => p.file(k + 1));
    const graph = ScriptDirectory.load(p.config);
    const heads = [...graph.map.heads];
    assert.deepEqual(heads, [id(COUNT)]);
    const both = { heads, realHeads: heads };
    const cacheFile = () => join(p.dir, "node_modules", ".cache", "athanor", readdirSync(join(p.dir, "node_modules", ".cache", "athanor")).find((n) => n.endsWith(".json")) as string);
    // as a later run would write it (files changed in the last 2 s are left out, and then no heads are kept)
    const write = (h: { heads: string[]; realHeads: string[] } | null, now = Date.now() + 10_000) => {
      const c = MetadataCache.open(p.config, files.length, {});
      assert.ok(c);
      for (const f of files) {
        const hit = c.lookup(f);
        if (!hit.parsed) c.store(hit, graph.script(id(files.indexOf(f) + 1)));
      }
      c.save(h, now);
    };
    const known = () => {
      const c = MetadataCache.open(p.config, files.length, {});
      assert.ok(c);
      for (const f of files) c.lookup(f);
      return c.knownHeads(files.length);
    };
    write(both, Date.now());
    assert.equal(known(), null, "not kept while a file is too new to be cached");
    write(both);
    assert.deepEqual(known(), both);
    assert.deepEqual(ScriptDirectory.load(p.config).heads, heads);

    // they come from the cache, without the graph: shown by a cache whose heads were changed by hand
    writeFileSync(cacheFile(), readFileSync(cacheFile(), "utf8").replace(`"heads":["${id(COUNT)}"]`, '"heads":["by-hand"]'));
    assert.match(readFileSync(cacheFile(), "utf8"), /"by-hand"/);
    const lazy = ScriptDirectory.load(p.config);
    assert.deepEqual(lazy.heads, ["by-hand"]);
    assert.deepEqual(lazy.map.heads, heads, "the graph, once built, is read from the files' metadata");
    assert.deepEqual(lazy.heads, heads, "and then gives the heads");
    write(both);

    // a file more, a file less, or a file changed: the heads of the graph as it is now
    const extra = p.file(COUNT + 1);
    writeFileSync(extra, source(COUNT + 1, id(COUNT)));
    files.push(extra);
    assert.equal(known(), null);
    assert.deepEqual(ScriptDirectory.load(p.config).heads, [id(COUNT + 1)]);
    unlinkSync(extra);
    files.pop();
    assert.deepEqual(ScriptDirectory.load(p.config).heads, heads);
    writeFileSync(p.file(COUNT), source(COUNT, id(COUNT - 2)));
    assert.equal(known(), null);
    assert.deepEqual([...ScriptDirectory.load(p.config).heads].sort(), [id(COUNT - 1), id(COUNT)]);
  });
});
