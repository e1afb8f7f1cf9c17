/**
 * A no-op `upgrade` on a large project (256 revisions or more, where the
 * metadata cache is used) compares the database with the heads the cache
 * kept and builds no graph. What a user must see is unchanged: nothing to do
 * at the heads, the multiple-heads refusal for `head`, and a revision added,
 * edited or removed since the last run taken into account on the next one.
 * The graph here has a second branch that the main line depends on, so its
 * head is applied without being recorded (real heads differ from heads).
 */
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { revisionFile, TempProject } from "../support/cli.js";
import { ok } from "./helpers.js";

const COUNT = 300;
const id = (i: number) => `a${String(i).padStart(11, "0")}`;
const DEP = "b00000000001";

describe("no-op upgrade with the graph's heads from the metadata cache", () => {
  const project = new TempProject();
  const env = { DATABASE_URL: "sqlite:./app.db" };
  const versions = "migrations/versions";
  const cacheFolder = join(project.dir, "node_modules", ".cache", "athanor");
  const cached = () => {
    const f = readdirSync(cacheFolder).find((n) => n.startsWith("revisions-") && n.endsWith(".json"));
    return f ? (JSON.parse(readFileSync(join(cacheFolder, f), "utf8")) as { heads?: string[]; realHeads?: string[]; rows: unknown[] }) : null;
  };
  const write = (i: number, down: string | null, dependsOn: string[] = []) =>
    project.write(`${versions}/${id(i)}_step.ts`, revisionFile({ rev: id(i), down, dependsOn, upgrade: `  await op.execute("CREATE TABLE t${i} (id INTEGER PRIMARY KEY)");` }));

  before(async () => {
    mkdirSync(join(project.dir, "node_modules")); // the cache goes to node_modules/.cache/athanor
    project.write("athanor.config.ts", 'export default { scriptLocation: "migrations" };\n');
    project.write(`${versions}/${DEP}_other_line.ts`, revisionFile({ rev: DEP, down: null, branchLabels: ["other"] }));
    for (let i = 1; i <= COUNT; i++) write(i, i === 1 ? null : id(i - 1), i === COUNT ? [DEP] : []);
    // files changed in the last 2 s are never cached (a coarse clock could hide a second edit)
    await sleep(2100);
  });
  after(() => project.cleanup());

  test("upgrade heads applies everything and keeps the heads with the cache", () => {
    ok(project.run(["upgrade", "heads", "-q"], { env }), "upgrade heads");
    assert.equal(ok(project.run(["current"], { env })), `${id(COUNT)} (head)\n${DEP} (effective head)\n`);
    const c = cached();
    assert.ok(c, "the metadata cache was written");
    assert.equal(c.rows.length, COUNT + 1);
    assert.deepEqual(c.heads?.sort(), [id(COUNT), DEP].sort());
    assert.deepEqual(c.realHeads, [id(COUNT)]);
  });

  test("a second upgrade heads has nothing to do; upgrade head still refuses two heads", () => {
    const r = project.run(["upgrade", "heads"], { env });
    ok(r, "no-op upgrade heads");
    assert.match(r.stderr, new RegExp(`Nothing to do: the database is at ${id(COUNT)}\\n`));
    const head = project.run(["upgrade", "head"], { env });
    assert.equal(head.code, 1);
    assert.match(head.stderr, /\nerror: Multiple head revisions are present for given argument 'head'/);
  });

  test("a revision added since is run; one edited or removed is seen too", () => {
    write(COUNT + 1, id(COUNT));
    let r = project.run(["upgrade", "heads"], { env });
    ok(r, "upgrade after a new file");
    assert.match(r.stderr, new RegExp(`Running upgrade ${id(COUNT)} -> ${id(COUNT + 1)}`));
    assert.equal(ok(project.run(["current"], { env })), `${id(COUNT + 1)} (head)\n${DEP} (effective head)\n`);

    // the new head made a branch point out of an old revision: a third head, not applied
    // now a sibling of the last revision: that one, and the line it depends on, count as not applied and are run
    // (the other line's revision has nothing to do; the last one's table exists: it fails)
    write(COUNT + 1, id(COUNT - 1));
    r = project.run(["upgrade", "heads"], { env });
    assert.equal(r.code, 1, "the edited file's new parent is seen");
    assert.match(r.stderr, new RegExp(`Running upgrade {2}-> ${DEP}`));
    // what is committed is named by every head of the version table, not only the last step's revision
    assert.match(r.stderr, new RegExp(`error: upgrade ${id(COUNT - 1)} -> ${id(COUNT)} .*table t${COUNT} already exists.*; 1 earlier revision\\(s\\) committed, database at (${id(COUNT + 1)}, ${DEP}|${DEP}, ${id(COUNT + 1)})\n`));

    unlinkSync(join(project.dir, versions, `${id(COUNT + 1)}_step.ts`));
    r = project.run(["upgrade", "heads"], { env });
    assert.notEqual(r.code, 0, "the database is at a revision whose file is gone");
    assert.match(r.stderr, new RegExp(id(COUNT + 1)));
  });
});
