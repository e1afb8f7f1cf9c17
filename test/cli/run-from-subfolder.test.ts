/**
 * A command run from a subfolder of a project (the config file is in a folder above, and Athanor reads it from
 * the working directory, as Alembic reads alembic.ini): one line naming the config file above and the two ways to
 * use it, not "run 'athanor init'", which would start a second project in the subfolder.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { BIN, type CliResult, TempProject } from "../support/cli.js";
import { fails, ok } from "./helpers.js";

const projects: TempProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

function runIn(cwd: string, args: string[]): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", DATABASE_URL: undefined };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: env as NodeJS.ProcessEnv, encoding: "utf8" });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe("running from a project's subfolder", () => {
  test("names the config file above, where to run from and -c; -c as told works", () => {
    const p = new TempProject();
    projects.push(p);
    ok(p.run(["init", "--url", "sqlite:./app.db", "-q"]), "init");
    const sub = join(p.dir, "src", "db");
    mkdirSync(sub, { recursive: true });
    const root = realpathSync(p.dir);
    const msg = fails(runIn(sub, ["heads"]));
    assert.equal(
      msg,
      `no athanor.config.* in this folder (${realpathSync(sub)}), but ../../athanor.config.ts is in a folder above: run athanor from ${root}, or pass -c ../../athanor.config.ts`,
    );
    assert.doesNotMatch(msg, /athanor init/);
    ok(runIn(sub, ["heads", "-c", "../../athanor.config.ts"]), "heads -c");
  });

  test("from a monorepo's root: names the workspaces' config files and -c; -c as told works", () => {
    const p = new TempProject();
    projects.push(p);
    p.write("package.json", JSON.stringify({ name: "mono", private: true, workspaces: ["packages/*", "apps/web"] }));
    p.write("packages/ui/package.json", "{}");
    ok(runIn(join(p.dir, "packages"), ["init", "db/migrations", "-c", "db/athanor.config.ts", "--url", "sqlite:./app.db", "-q"]), "init");
    const root = realpathSync(p.dir);
    const msg = fails(runIn(p.dir, ["heads"]));
    assert.equal(
      msg,
      `no athanor.config.* in this folder (${root}), but the workspace has packages/db/athanor.config.ts: pass -c packages/db/athanor.config.ts, or run athanor from packages/db`,
    );
    ok(runIn(p.dir, ["heads", "-c", "packages/db/athanor.config.ts"]), "heads -c");
    p.write("apps/web/athanor.config.json", "{}");
    assert.match(fails(runIn(p.dir, ["heads"])), /but the workspaces have apps\/web\/athanor\.config\.json, packages\/db\/athanor\.config\.ts: pass -c apps\/web/);
  });
});
