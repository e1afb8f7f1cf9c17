/**
 * Node 20.0–20.11 have no `util.parseEnv`: the CLI must still start there (a
 * named import of it failed to link, so every command died before a word),
 * and a project with a `.env` file gets one line saying what it needs.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire, syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { loadDotenv } from "../../src/config/dotenv.js";
import { isAthanorError } from "../../src/errors.js";

const nodeUtil = createRequire(import.meta.url)("node:util") as { parseEnv?: unknown };

test("without util.parseEnv (Node before 20.12): no .env loads nothing; a .env is one line naming it and the Node version", () => {
  const dir = mkdtempSync(join(tmpdir(), "athanor-dotenv-"));
  const saved = nodeUtil.parseEnv;
  try {
    nodeUtil.parseEnv = undefined;
    syncBuiltinESMExports();
    const env: NodeJS.ProcessEnv = {};
    assert.deepEqual(loadDotenv(dir, env), []);
    writeFileSync(join(dir, ".env"), "DATABASE_URL=sqlite:./app.db\n");
    assert.throws(
      () => loadDotenv(dir, env),
      (e: unknown) =>
        isAthanorError(e) && e.code === "CONFIG.INVALID" && e.message.includes(join(dir, ".env")) && /needs Node\.js 20\.12 or later \(this is v\d+/.test(e.message),
    );
    nodeUtil.parseEnv = saved;
    syncBuiltinESMExports();
    assert.deepEqual(loadDotenv(dir, env), ["DATABASE_URL"]);
    assert.equal(env.DATABASE_URL, "sqlite:./app.db");
  } finally {
    nodeUtil.parseEnv = saved;
    syncBuiltinESMExports();
    rmSync(dir, { recursive: true, force: true });
  }
});
