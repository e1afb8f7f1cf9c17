/**
 * PostgreSQL: the migration lock is named after the version table the
 * session writes, not the configured spelling of it. A process that finds
 * `athanor_version` in schema `app` through `searchPath` and one configured
 * with `versionTableSchema: "app"` write the same table, so they must take
 * one lock; before, the first hashed `public.athanor_version` and the two ran
 * the same revisions at once.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { advisoryLockKey } from "../../src/dialects/postgres/advisory-lock.js";
import { ok } from "../cli/helpers.js";
import { requirePostgres } from "../support/databases.js";
import { projectsOnNewDatabases } from "../support/project.js";

const opts = await requirePostgres();
const setup = projectsOnNewDatabases();

describe("PostgreSQL: one lock for one version table, however it is named", opts, () => {
  test("searchPath and versionTableSchema naming the same table wait for each other", async () => {
    const { db, p } = await setup({ searchPath: "app", lockWaitTimeout: 0 });
    await db.query("CREATE SCHEMA app");
    p.rev("a1", null, { up: `  await op.execute("CREATE TABLE t (id int)");` });
    // another process, configured with versionTableSchema: "app", holds the lock
    const holder = await db.connect();
    try {
      await holder.query("SELECT pg_advisory_lock($1::bigint)", [advisoryLockKey({ table: "athanor_version", schema: "app" })]);
      const r = p.athanor("upgrade", "head");
      assert.notEqual(r.code, 0, r.stderr);
      assert.match(r.stderr, /another process holds the migration lock/);
    } finally {
      await holder.end();
    }
    ok(p.athanor("upgrade", "head"), "upgrade once the lock is free");
    assert.deepEqual(await db.query("SELECT version_num FROM app.athanor_version"), [{ version_num: "a1" }]);
    // the default, with nothing configured, is unchanged: public.athanor_version's key
    assert.equal(advisoryLockKey({ table: "athanor_version" }), advisoryLockKey({ table: "athanor_version", schema: "public" }));
  });
});
