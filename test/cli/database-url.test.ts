/**
 * Database URLs that can't work fail at once with one line naming the cause
 * (never spinning, never a second line, never the password); `sslmode` has
 * libpq's meaning and prints no driver warning; a database that is not up
 * yet points to `--wait` / `athanor wait`; `wait` reports what truly happened.
 */
import assert from "node:assert/strict";
import { connect, createServer } from "node:net";
import { describe, test } from "node:test";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { BIN, type CliResult, type TempProject, URL_FREE_ENV } from "../support/cli.js";
import { PG_ADMIN_URL, requirePostgres } from "../support/databases.js";
import { sparePort } from "../startup/support/cluster.js";
import { assertNoSecret, fails, ok, withProject } from "./helpers.js";

const CLEAN_ENV = URL_FREE_ENV;

/** Runs the CLI, killing it after `limitMs` (a spinning process must fail the test, not hang it). */
async function runWithin(p: TempProject, args: string[], env: Record<string, string | undefined>, limitMs: number): Promise<CliResult & { ms: number }> {
  const started = Date.now();
  const child = p.runAsync(args, { env: { ...CLEAN_ENV, ...env } });
  const timer = setTimeout(() => {
    if (child.pid) process.kill(child.pid, "SIGKILL");
  }, limitMs);
  try {
    const r = await child;
    return { ...r, ms: Date.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

function project(p: TempProject): void {
  p.write("migrations/versions/.keep", "");
}

describe("database URLs that can't work", { concurrency: true }, () => {
  test("pglite: a directory that can't be created fails at once, one line naming it", () =>
    withProject(async (p) => {
      project(p);
      const r = await runWithin(p, ["upgrade", "head", "--url", "pglite:/proc/athanor-x/data"], {}, 15_000);
      const msg = fails(r);
      assert.match(msg, /cannot create the PGlite directory \/proc\/athanor-x/);
      assert.ok(r.ms < 10_000, `took ${r.ms} ms`);
    }));

  test("sqlite: a file whose folder can't be created fails at once, one line naming it", () =>
    withProject(async (p) => {
      project(p);
      const r = await runWithin(p, ["upgrade", "head", "--url", "sqlite:/proc/athanor-x/app.db"], {}, 15_000);
      const msg = fails(r);
      assert.match(msg, /could not open the SQLite database \/proc\/athanor-x\/app\.db/);
      assert.ok(r.ms < 10_000, `took ${r.ms} ms`);
    }));

  test("sqlite: commands that only read create no file and no folder (a mistyped path is not a new database); upgrade does", () =>
    withProject(async (p) => {
      project(p);
      const url = "sqlite:./data/tpyo.db";
      const current = await runWithin(p, ["current", "--url", url], {}, 15_000);
      ok(current, "current on a missing file");
      assert.match(current.stdout + current.stderr, /at base/);
      ok(await runWithin(p, ["history", "-i", "--url", url], {}, 15_000), "history -i on a missing file");
      assert.ok(!existsSync(join(p.dir, "data")), "a read-only command created data/");
      ok(await runWithin(p, ["upgrade", "head", "--url", url], {}, 15_000), "upgrade creates it");
      assert.ok(existsSync(join(p.dir, "data/tpyo.db")), "upgrade did not create the file");
    }));

  test("pglite: commands that only read create no data directory; stamp does, and current reads it after", () =>
    withProject(async (p) => {
      project(p);
      const url = "pglite:./data/tpyo";
      const current = await runWithin(p, ["current", "--url", url], {}, 30_000);
      ok(current, "current on a missing data directory");
      assert.match(current.stdout + current.stderr, /at base/);
      ok(await runWithin(p, ["history", "-i", "--url", url], {}, 30_000), "history -i on a missing data directory");
      assert.ok(!existsSync(join(p.dir, "data")), "a read-only command created data/");
      ok(await runWithin(p, ["stamp", "base", "--url", url], {}, 30_000), "stamp creates it");
      assert.ok(existsSync(join(p.dir, "data/tpyo/PG_VERSION")), "stamp did not create the data directory");
      const after = await runWithin(p, ["current", "--url", url], {}, 30_000);
      ok(after, "current on the created data directory");
      assert.match(after.stdout + after.stderr, /at base/);
    }));

  test("a TMPDIR where the cache folder can't be created: the command runs without its caches", () =>
    withProject(async (p) => {
      project(p);
      const r = await runWithin(p, ["current", "--url", "sqlite:./app.db"], { TMPDIR: "/proc/athanor-x" }, 15_000);
      ok(r, "current with TMPDIR under /proc");
      assert.ok(r.ms < 10_000, `took ${r.ms} ms`);
    }));

  test("init and revision into a folder that can't be created fail at once, one line naming it", () =>
    withProject(async (p) => {
      const init = await runWithin(p, ["init", "/proc/athanor-x/migrations"], {}, 15_000);
      assert.match(fails(init), /cannot create the folder \/proc\/athanor-x\/migrations\/versions: /);
      p.write("athanor.config.json", JSON.stringify({ scriptLocation: "migrations", versionLocations: ["/proc/athanor-x/versions"] }));
      p.write("migrations/.keep", "");
      const rev = await runWithin(p, ["revision", "-m", "x", "--url", "sqlite:./app.db"], {}, 15_000);
      assert.ok(rev.ms < 10_000, `took ${rev.ms} ms`);
      assert.notEqual(rev.code, 0);
    }));

  test("pglite: a path that is a file is not a directory", () =>
    withProject(async (p) => {
      project(p);
      p.write("data", "not a folder");
      const msg = fails(await runWithin(p, ["current", "--url", "pglite:./data/db"], {}, 15_000));
      assert.match(msg, /data is not a directory/);
      // a command that only reads doesn't take a path that can never be a database for a database at base
      const sqlite = fails(await runWithin(p, ["current", "--url", "sqlite:./data/app.db"], {}, 15_000));
      assert.match(sqlite, /data is not a directory/);
    }));

  test("a line break in the URL: one line, the URL escaped and masked, its source named", () =>
    withProject(async (p) => {
      project(p);
      const url = "postgresql://app:n3wl1ne-secret@127.0.0.1:1/db\nx";
      for (const [args, env, source] of [
        [["current", "--url", url], {}, "--url"],
        [["current"], { DATABASE_URL: url }, "DATABASE_URL"],
      ] as const) {
        const r = await runWithin(p, [...args], env, 30_000);
        const msg = fails(r);
        assert.match(msg, new RegExp(`database URL from (env )?${source} contains a line break`));
        assert.ok(msg.includes("postgresql://app:***@127.0.0.1:1/db\\nx"), msg);
        assertNoSecret(r, "n3wl1ne-secret");
      }
      // commands that don't connect are not stopped by it; `config` says what is wrong
      const shown = ok(await runWithin(p, ["config"], { DATABASE_URL: url }, 30_000));
      assert.match(shown, /this URL can't be used: .*line break/);
      assert.ok(!shown.includes("n3wl1ne-secret"));
      ok(await runWithin(p, ["heads"], { DATABASE_URL: url }, 30_000));
    }));

  test("DB_PORT=abc names DB_PORT, not 'Invalid URL'", () =>
    withProject(async (p) => {
      project(p);
      const r = await runWithin(p, ["current"], { DB_HOST: "127.0.0.1", DB_PORT: "abc", DB_PASSWORD: "p0rt-secret" }, 30_000);
      const msg = fails(r);
      assert.match(msg, /^DB_PORT must be a port number \(1 to 65535\), got 'abc'$/);
      assertNoSecret(r, "p0rt-secret");
      for (const port of ["0", "70000", "54 32"]) {
        assert.match(fails(await runWithin(p, ["current"], { DB_HOST: "127.0.0.1", DB_PORT: port }, 30_000)), /DB_PORT must be a port number/);
      }
      assert.match(fails(await runWithin(p, ["current"], { PGHOST: "db host", PGPORT: "5432" }, 30_000)), /PGHOST is not a valid host name: 'db host'/);
    }));
});

describe("sslmode has libpq's meaning, and pg prints no warning", { concurrency: true }, async () => {
  const opts = await requirePostgres();
  // The test server has no SSL.
  const withMode = (mode: string) => `${PG_ADMIN_URL}${PG_ADMIN_URL.includes("?") ? "&" : "?"}sslmode=${mode}`;

  test("require / verify-ca / verify-full against a server without SSL: one line, no warning", opts, () =>
    withProject(async (p) => {
      project(p);
      for (const mode of ["require", "verify-full"]) {
        const r = await runWithin(p, ["current", "--url", withMode(mode)], {}, 30_000);
        const msg = fails(r);
        assert.match(msg, /does not support SSL/);
        assert.doesNotMatch(r.stderr, /SECURITY WARNING|Warning/);
      }
    }));

  test("prefer and allow connect to a server without SSL (plain), disable too; no warning", opts, () =>
    withProject(async (p) => {
      project(p);
      for (const mode of ["prefer", "allow", "disable"]) {
        const r = await runWithin(p, ["current", "--url", withMode(mode)], {}, 30_000);
        ok(r, `sslmode=${mode}`);
        assert.doesNotMatch(r.stderr, /SECURITY WARNING|Warning/);
      }
      const env = await runWithin(p, ["current", "--url", PG_ADMIN_URL], { PGSSLMODE: "prefer" }, 30_000);
      ok(env, "PGSSLMODE=prefer");
    }));

  test("an unknown sslmode names itself", opts, () =>
    withProject(async (p) => {
      project(p);
      const msg = fails(await runWithin(p, ["current", "--url", withMode("sometimes")], {}, 30_000));
      assert.match(msg, /sslmode=sometimes is not one of disable, allow, prefer, require, verify-ca, verify-full/);
    }));
});

describe("a database that is not up", { concurrency: true }, () => {
  test("connection refused without --wait: one line pointing to --wait and athanor wait", () =>
    withProject(async (p) => {
      project(p);
      const port = await sparePort();
      for (const args of [["current"], ["upgrade", "head"]]) {
        const r = await runWithin(p, [...args, "--url", `postgresql://app:r3fused-secret@127.0.0.1:${port}/app`], {}, 30_000);
        const msg = fails(r);
        assert.match(msg, /ECONNREFUSED/);
        assert.match(msg, /--wait/);
        assert.match(msg, /athanor wait/);
        assertNoSecret(r, "r3fused-secret");
      }
    }));

  test("wrong database name: no --wait hint (waiting can't fix it)", async () => {
    const opts = await requirePostgres();
    if (opts.skip) return;
    await withProject(async (p) => {
      project(p);
      const url = PG_ADMIN_URL.replace(/\/[^/?]*(\?|$)/, "/athanor_no_such_db$1");
      const msg = fails(await runWithin(p, ["current", "--url", url], {}, 30_000));
      assert.match(msg, /does not exist/);
      assert.doesNotMatch(msg, /--wait/);
    });
  });

  test("wait --json against a database that is up: 1 attempt, waitedMs 0", async () => {
    const opts = await requirePostgres();
    if (opts.skip) return;
    await withProject(async (p) => {
      project(p);
      const r = await runWithin(p, ["wait", "--json", "--url", PG_ADMIN_URL], {}, 30_000);
      assert.deepEqual(JSON.parse(ok(r)), { attempts: 1, waitedMs: 0 });
      const pglite = await runWithin(p, ["wait", "--json", "--url", "pglite:./db"], {}, 60_000);
      assert.deepEqual(JSON.parse(ok(pglite)), { attempts: 1, waitedMs: 0 }, "opening PGlite takes time, but is not waiting");
    });
  });

  test("wait: attempts and time are counted truly when the database comes up late", async () => {
    const opts = await requirePostgres();
    if (opts.skip) return;
    await withProject(async (p) => {
      project(p);
      const port = await sparePort();
      const admin = new URL(PG_ADMIN_URL);
      // after two refused attempts, a proxy to the test server starts listening on the port
      const proxy = createServer((client) => {
        const upstream = connect(Number(admin.port || 5432), admin.hostname);
        client.pipe(upstream).pipe(client);
        client.on("error", () => upstream.destroy());
        upstream.on("error", () => client.destroy());
      });
      const url = `postgresql://${admin.username}@127.0.0.1:${port}${admin.pathname}`;
      const env: Record<string, string | undefined> = { ...process.env, ...CLEAN_ENV, NO_COLOR: "1" };
      for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
      const child = spawn(process.execPath, [BIN, "wait", "--json", "--attempts", "10", "--interval", "0.5", "--url", url], {
        cwd: p.dir,
        env: env as NodeJS.ProcessEnv,
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      // after the second refused attempt, a proxy to the test server starts listening on the port
      let up = false;
      const listening = new Promise<void>((resolve) => {
        child.stderr.on("data", (d) => {
          stderr += d;
          if (!up && (stderr.match(/waiting for database/g) ?? []).length >= 2) {
            up = true;
            proxy.listen(port, "127.0.0.1", resolve);
          }
        });
      });
      try {
        const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
        await listening;
        const result = JSON.parse(ok({ code, stdout, stderr })) as { attempts: number; waitedMs: number };
        assert.equal(result.attempts, 3, stderr);
        const waiting = stderr.split("\n").filter((l) => /waiting for database/.test(l));
        assert.equal(waiting.length, 2, `one line per failed attempt:\n${stderr}`);
        for (const [i, l] of waiting.entries()) assert.match(l, new RegExp(`\\(attempt ${i + 1}/10\\)`));
        assert.match(stderr, /is up \(attempt 3\)/);
        assert.ok(result.waitedMs >= 1000 && result.waitedMs < 5_000, JSON.stringify(result));
      } finally {
        proxy.close();
      }
    });
  });
});
