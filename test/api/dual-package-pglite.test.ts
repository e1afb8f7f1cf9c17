/**
 * The ES build (`import`) and the CommonJS build (`require`) of the library
 * in one process, each calling migrate() on one PGlite directory at once (an
 * ES server whose CommonJS dependency also migrates at start-up). Each copy
 * kept its own table of open PGlite databases, so the second found the
 * directory locked by its own process and failed with CONNECT.FAILED ("is
 * already open in this process"). Now the copies share the open database
 * and the migration lock: one runs the revisions, the other waits and finds
 * nothing to do. Runs dist/ (npm run build first), in a child process, which
 * must also exit by itself.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { after, test } from "node:test";
import { REPO_ROOT } from "../support/cli.js";
import { MigrationProject } from "../support/project.js";

const cleanups: Array<() => void> = [];
after(() => {
  for (const c of cleanups) c();
});

test("import and require in one process: two migrate() calls at once on one PGlite directory", () => {
  const p = new MigrationProject("pglite:unused");
  cleanups.push(() => p.cleanup());
  p.rev("a1", null, { up: `  await op.execute("CREATE TABLE applied (rev VARCHAR(10))");\n  await new Promise((r) => setTimeout(r, 30));` });
  p.rev("b2", "a1", { up: `  await op.execute("INSERT INTO applied (rev) VALUES ('b2')");` });
  const script = `
    import { createRequire } from "node:module";
    const esm = await import(${JSON.stringify(join(REPO_ROOT, "dist/index.js"))});
    const cjs = createRequire(import.meta.url)(${JSON.stringify(join(REPO_ROOT, "dist/cjs/index.js"))});
    if (esm.migrate === cjs.migrate) throw new Error("one copy only");
    const o = { cwd: ${JSON.stringify(p.dir)}, url: ${JSON.stringify(`pglite:${join(p.dir, "data")}`)}, logger: false };
    const rs = await Promise.allSettled([esm.migrate(o), cjs.migrate(o)]);
    console.log(JSON.stringify(rs.map((r) => r.status === "fulfilled" ? { steps: r.value.steps.length, after: r.value.headsAfter, waited: r.value.waitedForLock } : { error: r.reason.code + " " + r.reason.message })));
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: p.dir, encoding: "utf8", timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  const results = JSON.parse(r.stdout.trim().split("\n").pop() ?? "[]") as Array<{ steps?: number; after?: string[]; waited?: boolean; error?: string }>;
  assert.deepEqual(
    results.map((x) => x.error ?? `${x.steps} ${x.after?.join()} ${x.waited}`).sort(),
    ["0 b2 true", "2 b2 false"],
  );
});
