/**
 * The entrypoint's "wait for the database, then migrate" on MariaDB (the
 * PostgreSQL server's late start is in late-database.test.ts): `athanor wait`
 * retries what heals (nothing listening yet) DB_MAX_RETRIES times, every
 * DB_RETRY_INTERVAL, then gives up with one line; what can't heal (a wrong
 * password, a database that doesn't exist) stops `upgrade head --wait` at
 * once, with no retry, one line naming the cause, and the password nowhere.
 */
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { after, describe, test } from "node:test";
import { TempProject } from "../support/cli.js";
import { MYSQL_ADMIN_URL, requireMysql } from "../support/mysql-databases.js";
import { fails } from "../cli/helpers.js";

const PASSWORD = "h6-not-the-password";
const projects: TempProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

function project(): TempProject {
  const p = new TempProject();
  projects.push(p);
  p.write("athanor.config.json", JSON.stringify({ scriptLocation: "migrations" }));
  p.write("migrations/versions/.gitkeep", "");
  return p;
}

/** A port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  assert.ok(address !== null && typeof address === "object");
  return address.port;
}

function url(mutate: (u: URL) => void): string {
  const u = new URL(MYSQL_ADMIN_URL);
  mutate(u);
  return u.toString();
}

describe("waiting for MariaDB", await requireMysql(), () => {
  test("nothing listening: retried DB_MAX_RETRIES times, then one line; the password masked", async () => {
    const port = await closedPort();
    const r = project().run(["wait", "--url", url((u) => { u.port = String(port); u.password = PASSWORD; u.pathname = "/app"; })], {
      env: { DB_MAX_RETRIES: "3", DB_RETRY_INTERVAL: "0.2" },
    });
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stderr.split("\n").filter((l) => l !== "");
    assert.equal(lines.filter((l) => l.startsWith("waiting for database ")).length, 2, r.stderr);
    assert.match(lines.at(-1) ?? "", /^error: database mysql:\/\/\w+:\*\*\*@127\.0\.0\.1:\d+\/app still not reachable after 3 attempts over [\d.]+ s: connect ECONNREFUSED/);
    assert.doesNotMatch(r.stderr + r.stdout, new RegExp(PASSWORD));
  });

  test("a wrong password: upgrade --wait stops at once, no retry, the password nowhere", () => {
    const r = project().run(["upgrade", "head", "--wait", "-q", "--url", url((u) => { u.password = PASSWORD; u.pathname = "/mysql"; })], {
      env: { DB_MAX_RETRIES: "5", DB_RETRY_INTERVAL: "1" },
    });
    const message = fails(r);
    assert.match(message, /^cannot connect to mysql:\/\/\w+:\*\*\*@[^ ]+: wrong password: .*\(not retrying\)$/);
    assert.doesNotMatch(r.stderr, new RegExp(PASSWORD));
  });

  test("a database that doesn't exist: upgrade --wait stops at once, naming it", () => {
    const r = project().run(["upgrade", "head", "--wait", "-q", "--url", url((u) => { u.pathname = "/h_no_such_database"; })], {
      env: { DB_MAX_RETRIES: "5", DB_RETRY_INTERVAL: "1" },
    });
    const message = fails(r);
    assert.match(message, /the database does not exist: Unknown database 'h_no_such_database'.*\(not retrying\)$/);
  });
});
