/**
 * PostgreSQL: the connection breaks after a revision's COMMIT went out and
 * before its answer came back. The server may have committed it, so the
 * error must not say "database at <the revision before>" as a fact: it says
 * the outcome is unknown and how to find out. Per-migration and per-run, on
 * the built binary, through a proxy that hangs up after forwarding the
 * revision's message; the committed state is read over a second connection.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ok } from "../cli/helpers.js";
import type { CliResult } from "../support/cli.js";
import { cuttingProxy } from "../support/cutting-proxy.js";
import { requirePostgres } from "../support/databases.js";
import { projectsOnNewDatabases } from "../support/project.js";

const opts = await requirePostgres();
const setup = projectsOnNewDatabases();

describe("PostgreSQL: the connection lost while a revision commits", opts, () => {
  for (const mode of ["per-migration", "per-run"] as const) {
    test(`${mode}: the error says the outcome is unknown, and 'current' tells`, async () => {
      const { db, p } = await setup();
      p.rev("r1", null, { up: `  await op.execute("CREATE TABLE hits (rev text)");` });
      p.rev("r2", "r1", { up: `  await op.execute("INSERT INTO hits VALUES ('marker-r2')");` });
      const server = new URL(db.url);
      // per-migration: r2's statements, record and COMMIT go out as one message; per-run: the run's one COMMIT
      const needle = mode === "per-run" ? "COMMIT" : "marker-r2";
      const proxy = await cuttingProxy({ host: server.hostname, port: Number(server.port || 5432) }, needle, "after");
      let r: CliResult;
      try {
        const through = new URL(db.url);
        through.host = `127.0.0.1:${proxy.port}`;
        r = await p.runAsync(["upgrade", "head", "--transaction-mode", mode], { env: { DATABASE_URL: through.toString() } });
      } finally {
        await proxy.close();
      }
      assert.ok(proxy.cut());
      assert.equal(r.code, 1, r.stderr);
      const what = mode === "per-run" ? "the run" : "revision r2 \\(and any sent after it\\)";
      assert.match(r.stderr, new RegExp(`the connection was lost, so whether ${what} committed is unknown`));
      assert.match(r.stderr, /run 'athanor current' to see where the database is/);
      assert.doesNotMatch(r.stderr, /database at r1/, "not stated as a fact");
      // whatever the server did, `current` and the table agree
      const versions = (await db.query<{ v: string }>("SELECT version_num AS v FROM athanor_version")).map((x) => x.v);
      const hits = (await db.query<{ rev: string }>("SELECT rev FROM hits").catch(() => [])).map((x) => x.rev);
      assert.equal(versions.includes("r2"), hits.includes("marker-r2"));
      const current = ok(p.athanor("current"));
      assert.match(current, versions.includes("r2") ? /^r2 \(head\)/ : versions.includes("r1") ? /^r1\n/ : /^$/);
    });
  }
});
