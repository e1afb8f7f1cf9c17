/**
 * better-sqlite3 installed without a usable addon (npm 12 skips a
 * dependency's install script unless package.json's allowScripts approves
 * it; an addon built for another Node.js) was reported as "could not open
 * the SQLite database …: Could not locate the bindings file. Tried: …" and a
 * dozen paths. It is DRIVER.MISSING now, saying what to run. The errors here
 * are the real ones, produced by the packages themselves.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import Database from "better-sqlite3";
import { addonError } from "../../src/dialects/sqlite/driver-better-sqlite3.js";

const dir = mkdtempSync(join(tmpdir(), "athanor-addon-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail("expected a throw");
}

test("an addon that was never built: DRIVER.MISSING naming the commands to run", () => {
  // what better-sqlite3 does without the addon: ask the `bindings` package to find it
  const bindings = createRequire(createRequire(import.meta.url).resolve("better-sqlite3"))("bindings") as (o: object) => unknown;
  const e = thrown(() => bindings({ bindings: "better_sqlite3.node", module_root: dir }));
  const err = addonError(e);
  assert.equal(err?.code, "DRIVER.MISSING");
  assert.match(err?.message ?? "", /^better-sqlite3 is installed but its native addon was never built .*allowScripts.*Run: npm approve-scripts better-sqlite3 && npm rebuild better-sqlite3$/);
  assert.doesNotMatch(err?.message ?? "", /Tried:/);
});

test("an addon that does not load: DRIVER.MISSING with the loader's first line", () => {
  const fake = join(dir, "better_sqlite3.node");
  writeFileSync(fake, "not an addon");
  const e = thrown(() => new Database(":memory:", { nativeBinding: fake }));
  const err = addonError(e);
  assert.equal(err?.code, "DRIVER.MISSING");
  assert.match(err?.message ?? "", new RegExp(`does not load in Node\\.js ${process.version.replace(/\./g, "\\.")} \\(.+\\)\\. Run: npm approve-scripts`));
});

test("other failures are not driver problems", () => {
  const e = thrown(() => new Database(join(dir, "missing-folder", "x.db"), { fileMustExist: true }));
  assert.equal(addonError(e), null);
});
