/**
 * The CLI runs from a script compiled with V8's code cache (src/cli/main.ts):
 * the first run of a command stores the cache, later runs use it, and a
 * damaged cache or ATHANOR_CODE_CACHE=0 changes nothing a user sees.
 */
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { TempProject } from "../support/cli.js";
import { GRAPHS, writeGraph } from "./helpers.js";

describe("code cache", () => {
  const project = new TempProject();
  const tmp = mkdtempSync(join(tmpdir(), "athanor-cc-"));
  const env = { TMPDIR: tmp };
  const cacheFolder = join(tmp, `athanor-cache-${process.getuid?.() ?? "user"}`);
  const cacheFiles = () => readdirSync(cacheFolder).filter((f) => f.startsWith("cli-") && f.endsWith("-heads.bin"));
  let expected = "";
  before(() => writeGraph(project, GRAPHS.merged));
  after(() => {
    project.cleanup();
    rmSync(tmp, { recursive: true, force: true });
  });

  test("the first run writes the cache for its command, in a private folder", () => {
    const r = project.run(["heads"], { env });
    assert.equal(r.code, 0, r.stderr);
    expected = r.stdout;
    assert.notEqual(expected, "");
    assert.equal(cacheFiles().length, 1);
    assert.equal(statSync(cacheFolder).mode & 0o777, 0o700);
  });

  test("the next run uses it (the file is not rewritten) and prints the same", () => {
    const [file] = cacheFiles();
    const before = statSync(join(cacheFolder, file as string)).mtimeMs;
    const r = project.run(["heads"], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, expected);
    assert.equal(statSync(join(cacheFolder, file as string)).mtimeMs, before);
  });

  test("a damaged cache is ignored and replaced", () => {
    const file = join(cacheFolder, cacheFiles()[0] as string);
    writeFileSync(file, "not a code cache");
    const r = project.run(["heads"], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, expected);
    assert.ok(statSync(file).size > 1000, "rewritten with a real cache");
  });

  test("writing it removes the command's files of older builds, but for the newest three", () => {
    const [current] = cacheFiles();
    const old = ["cli-v20.0.0-x64-1-1-1-heads.bin", "cli-v20.0.0-x64-2-2-2-heads.bin", "cli-v20.0.0-x64-3-3-3-heads.bin"];
    old.forEach((f, i) => {
      writeFileSync(join(cacheFolder, f), "old");
      utimesSync(join(cacheFolder, f), new Date(Date.now() - (10 - i) * 86_400_000), new Date(Date.now() - (10 - i) * 86_400_000));
    });
    writeFileSync(join(cacheFolder, "cli-v20.0.0-x64-1-1-1-current.bin"), "another command's");
    writeFileSync(join(cacheFolder, current as string), "damaged: rewritten by the next run");
    const r = project.run(["heads"], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(cacheFiles().sort(), [current, old[1], old[2]].sort());
    assert.ok(readdirSync(cacheFolder).includes("cli-v20.0.0-x64-1-1-1-current.bin"));
  });

  test("ATHANOR_CODE_CACHE=0 runs the ES modules instead, with the same result", () => {
    const r = project.run(["heads"], { env: { ...env, ATHANOR_CODE_CACHE: "0" } });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, expected);
  });

  test("a cache folder others can write to is not used", () => {
    const other = mkdtempSync(join(tmpdir(), "athanor-cc-open-"));
    try {
      const folder = join(other, `athanor-cache-${process.getuid?.() ?? "user"}`);
      mkdirSync(folder);
      chmodSync(folder, 0o777); // world-writable, as a folder someone else prepared could be
      const r = project.run(["heads"], { env: { TMPDIR: other } });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, expected);
      assert.deepEqual(readdirSync(folder), []);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
