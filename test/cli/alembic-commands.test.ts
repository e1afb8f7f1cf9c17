/**
 * The command layer as Alembic 1.8.1's own tests (tests/test_command.py)
 * describe it, where Athanor differed: the same scenario run with the real
 * Alembic gave the outcome each test pins. SQLite files in temporary
 * projects; the version table is read back with better-sqlite3.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import { MigrationProject } from "../support/project.js";
import { fails, ok } from "./helpers.js";

const projects: MigrationProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

/** a -> b -> c (label `lab`); b -> d (a second head when `branched`). */
function project(branched = false): MigrationProject {
  const p = new MigrationProject("sqlite:./app.db");
  projects.push(p);
  p.rev("aaaa1111", null).rev("bbbb2222", "aaaa1111").rev("cccc3333", "bbbb2222", { branchLabels: ["lab"] });
  if (branched) p.rev("dddd4444", "bbbb2222");
  return p;
}

function versions(p: MigrationProject): string[] {
  const db = new Database(join(p.dir, "app.db"), { readonly: true });
  try {
    return (db.prepare("SELECT version_num FROM athanor_version ORDER BY 1").all() as { version_num: string }[]).map(
      (r) => r.version_num,
    );
  } finally {
    db.close();
  }
}

describe("stamp with relative targets (Alembic: \"Can't locate revision identified by '-1'\")", () => {
  test("each relative form is refused and the version table is left as it was", () => {
    const p = project();
    ok(p.athanor("stamp", "aaaa1111"), "stamp");
    // counted from the history's head, -1 and lab@-1 moved a database at aaaa1111 UP to bbbb2222,
    // and cccc3333@-2 (no label cccc3333) emptied the table, each with exit 0
    for (const sym of ["-1", "lab@-1", "cccc3333@-2", "+1", "head-1", "base+1"]) {
      const message = fails(p.athanor("stamp", sym, "-q"));
      assert.match(message, new RegExp(`^Can't stamp '${sym.replace(/[+]/g, "\\+")}': stamp records revisions, not relative steps`));
      assert.deepEqual(versions(p), ["aaaa1111"], `after stamp ${sym}`);
    }
  });

  test("among several targets, and offline as the end of a range", () => {
    const p = project(true);
    ok(p.athanor("stamp", "aaaa1111"), "stamp");
    fails(p.athanor("stamp", "cccc3333", "dddd4444@-1", "-q"));
    assert.deepEqual(versions(p), ["aaaa1111"]);
    assert.match(fails(p.athanor("stamp", "--sql", "aaaa1111:-1")), /^Can't stamp '-1'/);
  });
});
