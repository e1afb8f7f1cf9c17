/**
 * Graph errors as people read them: one line on stderr naming the symbol,
 * the revisions or the file, exit 1, no stack trace (unless --debug), nothing
 * on stdout. Where Alembic says "Can't locate revision identified by 'x'"
 * for all of these, each one says what is actually wrong.
 */
import assert from "node:assert/strict";
import { realpathSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { TempProject } from "../support/cli.js";
import { fails, GRAPHS, ok, writeGraph } from "./helpers.js";

function revisionSource(rev: string, down: string | string[] | null, extra = ""): string {
  return `/**\n * rev ${rev}\n */\nexport const revision = ${JSON.stringify(rev)};\nexport const downRevision = ${JSON.stringify(down)};\n${extra}\nexport async function upgrade() {}\nexport async function downgrade() {}\n`;
}

describe("resolving symbols", { concurrency: true }, () => {
  const project = new TempProject();
  before(() => {
    writeGraph(project, GRAPHS.branched);
    // Two ids sharing a prefix longer than 4 characters.
    project.write("migrations/versions/x1.ts", revisionSource("abcd11110001", "bbbb22223333"));
    project.write("migrations/versions/x2.ts", revisionSource("abcd22220002", "abcd11110001"));
  });
  after(() => project.cleanup());

  test("unknown revision", async () => {
    const msg = fails(await project.runAsync(["show", "zzzz9999"]));
    assert.equal(msg, "No such revision or branch 'zzzz9999'");
  });

  test("prefix too short", async () => {
    const msg = fails(await project.runAsync(["show", "bbb"]));
    assert.equal(msg, "No such revision or branch 'bbb'; partial revision identifiers need at least 4 characters");
    // a short typo of a symbol gets its suggestion, as longer typos do
    const typo = fails(await project.runAsync(["show", "hed"]));
    assert.equal(typo, "No such revision or branch 'hed'; partial revision identifiers need at least 4 characters; did you mean 'head'?");
  });

  test("ambiguous prefix lists the candidates", async () => {
    const msg = fails(await project.runAsync(["show", "abcd"]));
    assert.equal(msg, "Multiple revisions start with 'abcd': abcd11110001, abcd22220002; use more characters");
  });

  test("a unique prefix of 4 or more characters works", async () => {
    assert.match(ok(await project.runAsync(["show", "abcd1"])), /^Rev: abcd11110001$/m);
    assert.match(ok(await project.runAsync(["show", "cccc"])), /^Rev: cccc33334444$/m);
  });

  test("no such branch", async () => {
    const msg = fails(await project.runAsync(["show", "nobranch@head"]));
    assert.match(msg, /^No such (revision or )?branch\b.*'nobranch'/);
  });

  test("revision not in the branch", async () => {
    const msg = fails(await project.runAsync(["show", "shop@bbbb22223333"]));
    assert.equal(msg, "Revision bbbb22223333 is not a member of branch 'shop' (in 'shop@bbbb22223333')");
  });

  test("several heads where one is required: names them and the ways out", async () => {
    const msg = fails(await project.runAsync(["show", "head"]));
    assert.match(msg, /^Multiple head revisions are present for given argument 'head': /);
    for (const id of ["1111aaaa2222", "abcd22220002", "dddd44445555"]) assert.ok(msg.includes(id), `${id} in: ${msg}`);
    assert.match(msg, /'<branchname>@head'/);
    assert.match(msg, /'heads'/);
    assert.match(msg, /athanor merge heads/);
  });

  test("history -r: malformed range", async () => {
    const msg = fails(await project.runAsync(["history", "-r", "foo"]));
    assert.equal(msg, "History range requires [start]:[end], [start]:, or :[end] (got 'foo')");
  });

  test("history -r: ends on different branches", async () => {
    const msg = fails(await project.runAsync(["history", "-r", "bbbb:cccc"]));
    assert.equal(msg, "Requested range bbbb:cccc does not refer to ancestor/descendant revisions along the same branch");
  });

  test("history -r: relative walk over a branch point is ambiguous", async () => {
    const msg = fails(await project.runAsync(["history", "-r", "base:+2"]));
    assert.match(msg, /^Ambiguous walk: /);
  });

  test("history -r: unknown revision in a range", async () => {
    const msg = fails(await project.runAsync(["history", "-r", "zzzz:"]));
    assert.equal(msg, "No such revision or branch 'zzzz'");
  });

  test("revision --head with an unknown branch", async () => {
    const msg = fails(await project.runAsync(["revision", "-m", "x", "--head", "nobranch@head"]));
    assert.match(msg, /'nobranch'/);
    assert.deepEqual(project.ls("migrations/versions").length, 7, "no file written");
  });

  test("--debug adds the stack trace after the same first line", async () => {
    const r = await project.runAsync(["show", "zzzz9999", "--debug"]);
    assert.equal(r.code, 1);
    const [first, ...rest] = r.stderr.split("\n");
    assert.equal(first, "error: No such revision or branch 'zzzz9999'");
    assert.match(rest.join("\n"), /\n\s+at /);
  });
});

describe("broken revision files", { concurrency: true }, () => {
  const projects: TempProject[] = [];
  /** A project with a valid a <- b chain plus `files`. */
  function broken(files: Record<string, string>): TempProject {
    const p = new TempProject();
    projects.push(p);
    p.write("migrations/versions/a.ts", revisionSource("aaaa00000001", null));
    p.write("migrations/versions/b.ts", revisionSource("bbbb00000001", "aaaa00000001"));
    for (const [name, text] of Object.entries(files)) p.write(`migrations/versions/${name}`, text);
    return p;
  }
  const file = (p: TempProject, name: string) => `${realpathSync(p.dir)}/migrations/versions/${name}`;
  after(() => {
    for (const p of projects) p.cleanup();
  });

  test("metadata is read without running the file: a top-level throw still lists", async () => {
    const p = broken({ "c.ts": revisionSource("cccc00000001", "bbbb00000001", 'throw new Error("must not run");\nprocess.exit(7);') });
    assert.equal(ok(await p.runAsync(["heads"])), "cccc00000001 (head)\n");
    assert.match(ok(await p.runAsync(["history"])), /^bbbb00000001 -> cccc00000001 \(head\), rev cccc00000001$/m);
  });

  test("reading files: a licence comment before the doc comment, exports sharing a line, literal forms", async () => {
    const p = broken({
      "c.ts": '/* Copyright 2026 ACME. Licensed under MIT. */\n/**\n * the real message\n */\nexport const revision = "cccc00000001";\nexport const downRevision = "bbbb00000001"; export const branchLabels = ["tail"];\n',
      "d.mts": "// generated\nexport const revision = `dddd00000001`\nexport const downRevision: string | null = 'cccc00000001' as string | null\nexport const dependsOn = [\n  \"aaaa00000001\", // needs a\n] as const\n",
    });
    assert.equal(ok(await p.runAsync(["heads"])), "dddd00000001 (tail) (head)\n");
    assert.equal(
      ok(await p.runAsync(["history", "-r", "bbbb:"])),
      // A label applies along its line of revisions, ancestors included (as in Alembic).
      "cccc00000001 (aaaa00000001) -> dddd00000001 (tail) (head), \n" +
        "bbbb00000001 -> cccc00000001 (tail), the real message\n" +
        "aaaa00000001 -> bbbb00000001 (tail), rev bbbb00000001\n",
    );
  });

  test("non-literal downRevision: file:line", async () => {
    const p = broken({
      "c.ts": 'export const revision = "cccc00000001";\nconst parent = "bbbb00000001";\nexport const downRevision = parent;\n',
    });
    const msg = fails(await p.runAsync(["heads"]));
    assert.ok(msg.startsWith(`${file(p, "c.ts")}:3: 'downRevision' must be a literal`), msg);
    assert.match(msg, /without running the file/);
  });

  test("duplicate revision id names both files", async () => {
    const p = broken({ "b2.ts": revisionSource("bbbb00000001", "aaaa00000001") });
    const msg = fails(await p.runAsync(["history"]));
    assert.equal(msg, `Revision bbbb00000001 is present more than once: in ${file(p, "b.ts")} and in ${file(p, "b2.ts")}`);
  });

  test("missing down revision names the file", async () => {
    const p = broken({ "c.ts": revisionSource("cccc00000001", "zzzz00000001") });
    const msg = fails(await p.runAsync(["heads"]));
    assert.equal(msg, `Revision zzzz00000001, the down revision of cccc00000001 (${file(p, "c.ts")}), is not present`);
  });

  test("missing dependency names the file", async () => {
    const p = broken({ "c.ts": revisionSource("cccc00000001", "bbbb00000001", 'export const dependsOn = ["yyyy00000001"];') });
    const msg = fails(await p.runAsync(["branches"]));
    assert.equal(msg, `Revision or branch yyyy00000001, which cccc00000001 depends on (${file(p, "c.ts")}), is not present`);
  });

  test("a cycle names its revisions", async () => {
    const p = broken({ "a.ts": revisionSource("aaaa00000001", "cccc00000001"), "c.ts": revisionSource("cccc00000001", "bbbb00000001") });
    const msg = fails(await p.runAsync(["heads"]));
    assert.match(msg, /^Cycle is detected in revisions \(/);
    for (const id of ["aaaa00000001", "bbbb00000001", "cccc00000001"]) assert.ok(msg.includes(id), msg);
  });

  test("a self-loop names the file", async () => {
    const p = broken({ "c.ts": revisionSource("cccc00000001", "cccc00000001") });
    const msg = fails(await p.runAsync(["heads"]));
    assert.match(msg, /^Self-loop is detected in revisions \(cccc00000001\)/);
    assert.ok(msg.includes(file(p, "c.ts")), msg);
  });

  test("a branch label used twice names both revisions", async () => {
    const p = broken({
      "c.ts": revisionSource("cccc00000001", "bbbb00000001", 'export const branchLabels = ["x"];'),
      "d.ts": revisionSource("dddd00000001", "bbbb00000001", 'export const branchLabels = ["x"];'),
    });
    const msg = fails(await p.runAsync(["heads"]));
    assert.match(msg, /^Branch name 'x' in revision dddd00000001 already used by revision cccc00000001/);
  });

  test("a file without `revision` names the file", async () => {
    const p = broken({ "c.ts": 'export const downRevision = "bbbb00000001";\n' });
    const msg = fails(await p.runAsync(["heads"]));
    assert.ok(msg.startsWith(`${file(p, "c.ts")}: could not determine the revision id`), msg);
  });

  test("a file without `downRevision` names the file", async () => {
    const p = broken({ "c.ts": 'export const revision = "cccc00000001";\n' });
    const msg = fails(await p.runAsync(["heads"]));
    assert.equal(msg, `${file(p, "c.ts")}: missing \`export const downRevision = ...\` (use null for a first revision)`);
  });

  test("files starting with _ or ., and .d.ts files, are not revisions", async () => {
    const p = broken({ "_helpers.ts": "export const x = 1;\n", ".hidden.ts": "nope", "types.d.ts": "declare const x: number;\n" });
    assert.equal(ok(await p.runAsync(["heads"])), "bbbb00000001 (head)\n");
  });

  test("no migrations folder: says so and how to create it", async () => {
    const p = new TempProject();
    projects.push(p);
    const msg = fails(await p.runAsync(["heads"]));
    assert.equal(msg, "the script location migrations doesn't exist (the default; no athanor.config.* found); run 'athanor init' to create it");
  });
});
