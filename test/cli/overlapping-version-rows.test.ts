/**
 * A version table that lists a revision and one of its descendants (edited
 * by hand, or written by two runs that did not share a lock) is not a state
 * any command can plan from. `current` must not list it as if all were well,
 * and `upgrade` must not blame a target the user never gave: both name the
 * two rows and the way out, `stamp --purge`. On SQLite: no server.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import "../../src/dialects/registry.js";
import { openSqliteDatabase } from "../../src/dialects/sqlite/index.js";
import { revisionFile, TempProject } from "../support/cli.js";

const projects: TempProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

describe("a version table with two rows on one line of descent", () => {
  test("current and upgrade name both rows and the way out; stamp --purge repairs it", async () => {
    const p = new TempProject();
    projects.push(p);
    p.write("athanor.config.json", JSON.stringify({ scriptLocation: "migrations", url: "sqlite:./app.db" }));
    for (let i = 1; i <= 5; i++) {
      p.write(`migrations/versions/r${i}_step.mjs`, revisionFile({ rev: `r${i}`, down: i === 1 ? null : `r${i - 1}` }));
    }
    assert.equal(p.run(["upgrade", "head"]).code, 0);
    const db = await openSqliteDatabase(`sqlite:${join(p.dir, "app.db")}`);
    try {
      db.exec("INSERT INTO athanor_version (version_num) VALUES ('r2')");
    } finally {
      db.close();
    }
    for (const args of [["current"], ["upgrade", "head"], ["downgrade", "-1"]]) {
      const r = p.run(args);
      assert.equal(r.code, 1, `${args.join(" ")}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, /error: The version table lists revision 'r2' and its descendant 'r5': one line of descent can't be at two revisions/);
      assert.match(r.stderr, /'athanor stamp --purge <revision>\.\.\.'/);
    }
    assert.equal(p.run(["stamp", "--purge", "r5"]).code, 0);
    assert.match(p.run(["current"]).stdout, /^r5 \(head\)\n$/);
    // a row whose file is gone: `current` and `show current` say so in those words
    p.write("migrations/versions/r6_step.mjs", revisionFile({ rev: "r6", down: "r5" }));
    assert.equal(p.run(["upgrade", "head"]).code, 0);
    rmSync(join(p.dir, "migrations/versions/r6_step.mjs"));
    for (const args of [["current"], ["show", "current"]]) {
      const r = p.run(args);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /The version table lists revision 'r6', which is not in the revision scripts \(was its file deleted or renamed\?\): if a newer release of the code migrated this database, run that release .*'athanor stamp --purge <revision>'$/m);
    }
  });
});
