/**
 * Adopting a database Athanor didn't create (the "create_all() before
 * migrations, then `stamp head`" story): a table made over another
 * connection, no version table. `current` must not call it "at base" (that
 * reads as "upgrade will create everything"), `upgrade` refuses it with one
 * line naming its tables and runs nothing, and after `stamp` of the baseline
 * revision only what is new runs. And the start-up failure "Can't locate
 * revision": a version row naming a revision whose file is gone stops
 * `upgrade` with one line and the way out, runs nothing, and `stamp --purge`
 * repairs it. Each state is read over a second connection.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { IN_ORDER, read, type SuiteContext, userTables } from "../context.js";
import { type ConformanceProject, describeRun, stepLines } from "../project.js";
import { revisionPath } from "../../support/project.js";
import { type ConformanceDatabase, withConnection } from "../target.js";

/** What a second connection sees: the version table's rows (or none), and every table. */
async function state(ctx: SuiteContext, db: ConformanceDatabase) {
  return read(ctx, db, async (c) => ({ heads: await c.heads(), tables: (await c.schema()).tables.map((t) => t.name) }));
}

export function adoptionCases(ctx: SuiteContext): void {
  describe("adopting a database with tables but no version table", IN_ORDER, () => {
    let db: ConformanceDatabase;
    let p: ConformanceProject;

    before(async () => {
      db = await ctx.database();
      p = ctx.project(db);
      // r1 is the baseline: it describes the schema the database already has
      p.rev("r1", null, {
        up: `  await op.createTable("legacy", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });`,
        down: `  await op.dropTable("legacy");`,
      });
      p.rev("r2", "r1", {
        up: `  await op.createTable("orders", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });`,
        down: `  await op.dropTable("orders");`,
      });
      await withConnection(db, (conn) => conn.query(`CREATE TABLE ${ctx.q("legacy")} (${ctx.q("id")} INTEGER PRIMARY KEY)`));
    });

    test("current: not 'at base' but a warning naming the tables and what upgrade will do; creates nothing", async () => {
      const r = await p.athanor("current");
      assert.equal(r.code, 0, describeRun(r));
      assert.equal(r.stdout, "");
      assert.match(r.stderr, /^warning: no version table athanor_version, but the database has tables \((\w+\.)?legacy\): it is not at base/m);
      assert.match(r.stderr, /'athanor upgrade' refuses it until its revision is recorded with 'athanor stamp <revision>'/);
      assert.doesNotMatch(r.stderr, /the database is at base/);
      const json = await p.athanor("current", "--json", "-q");
      assert.equal(json.code, 0, describeRun(json));
      const parsed = JSON.parse(json.stdout) as { current: unknown[]; upToDate: boolean; unversionedTables: string[] };
      assert.deepEqual(parsed.current, []);
      assert.equal(parsed.upToDate, false);
      assert.deepEqual(parsed.unversionedTables.map((t) => t.replace(/^\w+\./, "")), ["legacy"]);
      assert.deepEqual(await state(ctx, db), { heads: [], tables: ["legacy"] });
    });

    test("upgrade head refuses: exit 1, one error line naming the table, nothing run or recorded", async () => {
      const r = await p.athanor("upgrade", "head");
      assert.equal(r.code, 1, describeRun(r));
      const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
      assert.equal(errors.length, 1, describeRun(r));
      assert.match(errors[0] ?? "", /the database has tables \((\w+\.)?legacy\) but no version table athanor_version/);
      assert.deepEqual(stepLines(r.stderr), []);
      assert.doesNotMatch(r.stderr, /^Done/m);
      assert.deepEqual(await state(ctx, db), { heads: [], tables: ["legacy"] });
    });

    test("stamp the baseline, then upgrade runs only what is new: proof from a second connection", async () => {
      const s = await p.athanor("stamp", "r1");
      assert.equal(s.code, 0, describeRun(s));
      assert.deepEqual(stepLines(s.stderr), ["Running stamp  -> r1"]);
      assert.deepEqual(await read(ctx, db, (c) => c.heads()), ["r1"]);
      const r = await p.athanor("upgrade", "head");
      assert.equal(r.code, 0, describeRun(r));
      assert.deepEqual(stepLines(r.stderr), ["Running upgrade r1 -> r2"]);
      const after = await read(ctx, db, async (c) => ({ heads: await c.heads(), tables: userTables(await c.schema()) }));
      assert.deepEqual(after, { heads: ["r2"], tables: ["legacy", "orders"] });
      const c = await p.athanor("current");
      assert.equal(c.code, 0, describeRun(c));
      assert.equal(c.stdout, "r2 (head)\n");
      assert.doesNotMatch(c.stderr, /warning/);
    });
  });

  describe("a version row naming a revision whose file is gone", IN_ORDER, () => {
    let db: ConformanceDatabase;
    let p: ConformanceProject;

    before(async () => {
      db = await ctx.database();
      p = ctx.project(db);
      p.rev("g1", null, { up: `  await op.createTable("kept", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });` });
      p.rev("g2", "g1");
      const r = await p.athanor("upgrade", "head");
      assert.equal(r.code, 0, describeRun(r));
      rmSync(join(p.dir, revisionPath("g2")));
      p.rev("g3", "g1", { up: `  await op.createTable("never", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });` });
    });

    test("upgrade head: exit 1, one line naming the revision and the way out; nothing runs", async () => {
      const r = await p.athanor("upgrade", "head");
      assert.equal(r.code, 1, describeRun(r));
      const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
      assert.deepEqual(errors.length, 1, describeRun(r));
      assert.match(errors[0] ?? "", /The version table lists revision 'g2', which is not in the revision scripts .*'athanor stamp --purge <revision>'$/);
      assert.deepEqual(stepLines(r.stderr), []);
      const after = await read(ctx, db, async (c) => ({ heads: await c.heads(), tables: userTables(await c.schema()) }));
      assert.deepEqual(after, { heads: ["g2"], tables: ["kept"] });
    });

    test("stamp --purge to where the schema really is, then upgrade carries on", async () => {
      const s = await p.athanor("stamp", "--purge", "g1");
      assert.equal(s.code, 0, describeRun(s));
      const r = await p.athanor("upgrade", "head");
      assert.equal(r.code, 0, describeRun(r));
      assert.deepEqual(stepLines(r.stderr), ["Running upgrade g1 -> g3"]);
      const after = await read(ctx, db, async (c) => ({ heads: await c.heads(), tables: userTables(await c.schema()) }));
      assert.deepEqual(after, { heads: ["g3"], tables: ["kept", "never"] });
    });
  });
}
