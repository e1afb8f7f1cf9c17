/**
 * The command layer as Alembic 1.8.1's own tests (tests/test_command.py)
 * describe it, where Athanor differed: the same scenario run with the real
 * Alembic gave the outcome each test pins (relative stamp targets refused;
 * `edit`, which Athanor lacked). SQLite files in temporary projects; the
 * version table is read back with better-sqlite3.
 */
import assert from "node:assert/strict";
import { chmodSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import { MigrationProject, revisionPath } from "../support/project.js";
import { fails, lines, ok } from "./helpers.js";

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

describe("edit (Alembic's `edit`: tests/test_command.py EditTest)", () => {
  /** An editor that records its arguments, one per line, in edited.log beside it. */
  function withEditor(p: MigrationProject): { env: Record<string, string>; opened: () => string[] } {
    const script = p.write("editor.sh", `#!/bin/sh\nprintf '%s\\n' "$@" >> "$(dirname "$0")/edited.log"\n`);
    chmodSync(script, 0o755);
    return {
      env: { DATABASE_URL: p.url, EDITOR: script, VISUAL: "" },
      opened: () => (existsSync(join(p.dir, "edited.log")) ? lines(p.read("edited.log")) : []),
    };
  }
  const file = (p: MigrationProject, id: string) => join(p.dir, revisionPath(id));

  test("head, a prefix, a label, heads and current open the revisions' files", () => {
    const p = project(true);
    const { env, opened } = withEditor(p);
    ok(p.run(["edit", "lab@head"], { env }));
    ok(p.run(["edit", "bbbb"], { env }));
    ok(p.run(["edit", "heads"], { env }));
    assert.deepEqual(opened(), [file(p, "cccc3333"), file(p, "bbbb2222"), file(p, "cccc3333"), file(p, "dddd4444")]);
    ok(p.run(["stamp", "aaaa1111"], { env }));
    ok(p.run(["edit", "current", "-q"], { env }));
    assert.deepEqual(opened().slice(4), [file(p, "aaaa1111")]);
    assert.deepEqual(JSON.parse(ok(p.run(["edit", "aaaa", "--json"], { env }))), [{ revision: "aaaa1111", path: file(p, "aaaa1111") }]);
  });

  test("EDITOR may carry arguments; VISUAL is used when EDITOR is unset", () => {
    const p = project();
    const { env, opened } = withEditor(p);
    ok(p.run(["edit", "head"], { env: { ...env, EDITOR: `${env.EDITOR} --wait` } }));
    ok(p.run(["edit", "aaaa"], { env: { ...env, EDITOR: "", VISUAL: env.EDITOR as string } }));
    assert.deepEqual(opened(), ["--wait", file(p, "cccc3333"), file(p, "aaaa1111")]);
  });

  test("errors: no file named, no current revision, a failing editor, no editor at all", () => {
    const p = project();
    const { env, opened } = withEditor(p);
    assert.equal(fails(p.run(["edit", "base"], { env })), "No revision files indicated by symbol 'base'");
    assert.match(fails(p.run(["edit", "current", "-q"], { env })), /^No current revisions/);
    assert.equal(fails(p.run(["edit", "zzzz"], { env })), "No such revision or branch 'zzzz'");
    assert.equal(fails(p.run(["edit", "head"], { env: { ...env, EDITOR: "false" } })), `editor 'false' failed on ${file(p, "cccc3333")} (exit 1)`);
    const emptyPath = p.write("nobin/.keep", "");
    const noEditor = { ...env, EDITOR: "", VISUAL: "", PATH: dirname(emptyPath) };
    assert.match(fails(p.run(["edit", "head"], { env: noEditor })), /^No suitable editor found .*set the EDITOR or VISUAL environment variable/);
    assert.deepEqual(opened(), []);
  });
});

describe("offline ranges starting at a relative step (Alembic: \"Can't locate revision identified by '+1'\")", () => {
  test("+N and label@+N as the start are refused as offline mode can't count from the current revision", () => {
    const p = project();
    for (const [kind, range, end] of [
      ["upgrade", "+1:head", "head"],
      ["upgrade", "lab@+1:cccc3333", "cccc3333"],
      ["downgrade", "+1:base", "base"],
    ] as const) {
      const message = fails(p.athanor(kind, "--sql", range), 2);
      assert.equal(
        message,
        `offline mode (--sql) can't count '${range.slice(0, range.indexOf(":"))}' from the current revision: it connects to no database; name the revision to start from, e.g. 'athanor ${kind} --sql <revision>:${end}' ('athanor current' shows it on a database)`,
      );
    }
    // a relative end still counts from the start given
    assert.match(ok(p.athanor("upgrade", "--sql", "aaaa1111:+1")), /-- Running upgrade aaaa1111 -> bbbb2222/);
  });
});
