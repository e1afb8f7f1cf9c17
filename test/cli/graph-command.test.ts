/**
 * `athanor graph`: the revision graph as Mermaid and Graphviz dot, with a
 * branch, a merge, a branch label and a dependency, in a stable order; with
 * `--url` (or `--current`) the database's current revisions are highlighted.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { revisionFile, TempProject } from "../support/cli.js";
import { fails, ok } from "./helpers.js";

const GRAPH: Array<Parameters<typeof revisionFile>[0]> = [
  { rev: "aaaa", down: null, message: "create users" },
  { rev: "bbbb", down: "aaaa", message: "add nickname" },
  { rev: "cccc", down: "aaaa", message: 'orders "v2" <draft>', branchLabels: ["shop"] },
  { rev: "dddd", down: ["bbbb", "cccc"], message: "merge shop" },
  { rev: "eeee", down: null, message: "audit log", branchLabels: ["audit"], dependsOn: ["bbbb"] },
];

const MERMAID = `flowchart TD
  r_aaaa["aaaa (branchpoint)<br/>create users"]
  r_bbbb["bbbb<br/>add nickname"]
  r_cccc["cccc (shop)<br/>orders #quot;v2#quot; #lt;draft#gt;"]
  r_dddd["dddd (head) (mergepoint)<br/>merge shop"]
  r_eeee["eeee (audit) (head)<br/>audit log"]
  r_aaaa --> r_bbbb
  r_aaaa --> r_cccc
  r_bbbb --> r_dddd
  r_cccc --> r_dddd
  r_bbbb -.->|depends on| r_eeee
  classDef head stroke-width:3px
  class r_dddd,r_eeee head
`;

const DOT = `digraph revisions {
  rankdir=TB;
  node [shape=box, fontname="Helvetica"];
  r_aaaa [label="aaaa (branchpoint)\\ncreate users"];
  r_bbbb [label="bbbb\\nadd nickname"];
  r_cccc [label="cccc (shop)\\norders \\"v2\\" <draft>"];
  r_dddd [label="dddd (head) (mergepoint)\\nmerge shop", penwidth=3];
  r_eeee [label="eeee (audit) (head)\\naudit log", penwidth=3];
  r_aaaa -> r_bbbb;
  r_aaaa -> r_cccc;
  r_bbbb -> r_dddd;
  r_cccc -> r_dddd;
  r_bbbb -> r_eeee [style=dashed, label="depends on"];
}
`;

describe("athanor graph", () => {
  const p = new TempProject();
  before(() => {
    p.write("athanor.config.mjs", `export default { scriptLocation: "migrations", url: "pglite:./db" };\n`);
    // written in an order unlike the graph's: the output doesn't depend on file names
    for (const r of [...GRAPH].reverse()) p.write(`migrations/versions/${r.rev}_x.mjs`, revisionFile({ ...r, upgrade: "", downgrade: "" }));
  });
  after(() => p.cleanup());

  test("mermaid (the default): branch point, branch label, merge point, dependency dashed, heads marked; quotes escaped", async () => {
    assert.equal(ok(await p.runAsync(["graph"])), MERMAID);
    assert.equal(ok(await p.runAsync(["graph", "--format", "mermaid"])), MERMAID);
  });

  test("dot", async () => {
    assert.equal(ok(await p.runAsync(["graph", "--format", "dot"])), DOT);
  });

  test("the same graph gives the same text: stable, so it can be committed and diffed", async () => {
    p.write("migrations/versions/zzzz_first_file.mjs", revisionFile({ rev: "ffff", down: "eeee", message: "more audit", upgrade: "", downgrade: "" }));
    try {
      const text = ok(await p.runAsync(["graph"]));
      // one node and one edge more; everything else as it was
      const added = text.split("\n").filter((l) => !MERMAID.split("\n").includes(l));
      assert.deepEqual(added, [
        '  r_eeee["eeee (audit)<br/>audit log"]',
        '  r_ffff["ffff (head)<br/>more audit"]',
        "  r_eeee --> r_ffff",
        "  class r_dddd,r_ffff head",
      ]);
    } finally {
      rmSync(join(p.dir, "migrations/versions/zzzz_first_file.mjs"));
    }
  });

  test("--current (the configured URL) and --url highlight where the database is", async () => {
    ok(await p.runAsync(["upgrade", "bbbb", "-q"]));
    const text = ok(await p.runAsync(["graph", "--current", "-q"]));
    assert.match(text, /^ {2}r_bbbb\["bbbb \(current\)<br\/>add nickname"\]$/m);
    assert.match(text, /^ {2}classDef current fill:#ffe08a,stroke:#b8860b,stroke-width:3px\n {2}class r_bbbb current\n$/m);
    const dot = ok(await p.runAsync(["graph", "--format", "dot", "--url", "pglite:./db", "-q"]));
    assert.match(dot, /^ {2}r_bbbb \[label="bbbb \(current\)\\nadd nickname", style=filled, fillcolor="#ffe08a"\];$/m);
    // without being asked, no connection: the configured URL is not used
    assert.doesNotMatch(ok(await p.runAsync(["graph"])), /current/);
  });

  test("mermaid: a # in a message is escaped, so that `#12;` or `#quot;` written in it are not read as entity codes", async () => {
    p.write("migrations/versions/zzzz_hash.mjs", revisionFile({ rev: "ffff", down: "eeee", message: "fix #12; say #quot;hi#quot; & go", upgrade: "", downgrade: "" }));
    try {
      const text = ok(await p.runAsync(["graph"]));
      assert.match(text, /^ {2}r_ffff\["ffff \(head\)<br\/>fix #35;12; say #35;quot;hi#35;quot; #amp; go"\]$/m);
      // dot takes the text as it is
      assert.match(ok(await p.runAsync(["graph", "--format", "dot"])), /^ {2}r_ffff \[label="ffff \(head\)\\nfix #12; say #quot;hi#quot; & go", penwidth=3\];$/m);
    } finally {
      rmSync(join(p.dir, "migrations/versions/zzzz_hash.mjs"));
    }
  });

  test("bad usage: an unknown format", async () => {
    const r = await p.runAsync(["graph", "--format", "svg"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Allowed choices are mermaid, dot/);
  });
});

describe("team workflow: two pull requests that each added a revision", () => {
  const p = new TempProject();
  before(() => {
    p.write("athanor.config.mjs", `export default { scriptLocation: "migrations" };\n`);
    p.write("migrations/versions/aaaa_root.mjs", revisionFile({ rev: "aaaa", down: null, message: "root" }));
    p.write("migrations/versions/bbbb_add_nickname.mjs", revisionFile({ rev: "bbbb", down: "aaaa", message: "add nickname" }));
    p.write("migrations/versions/cccc_add_orders.mjs", revisionFile({ rev: "cccc", down: "aaaa", message: "add orders" }));
  });
  after(() => p.cleanup());

  test("revision stops with the heads, their files, and the exact merge command (or --head)", async () => {
    assert.equal(
      fails(await p.runAsync(["revision", "-m", "next"])),
      'multiple heads are present: bbbb "add nickname" (migrations/versions/bbbb_add_nickname.mjs), cccc "add orders" (migrations/versions/cccc_add_orders.mjs); ' +
        "merge them first with 'athanor merge heads -m \"merge\"', or base the new revision on one of them with '--head bbbb'",
    );
  });

  test("check fails before connecting, naming both branches' latest revisions and the merge", async () => {
    assert.equal(
      fails(await p.runAsync(["check", "--url", "postgresql://nobody@127.0.0.1:1/none"])),
      '2 heads where 1 is expected (test.heads in the config): bbbb "add nickname" (migrations/versions/bbbb_add_nickname.mjs) and cccc "add orders" (migrations/versions/cccc_add_orders.mjs); ' +
        "two branches each added a revision: merge them with 'athanor merge heads -m \"merge\"' and commit the merge revision",
    );
  });

  test("the merge command named works, and then revision and check's head gate pass", async () => {
    ok(await p.runAsync(["merge", "heads", "-m", "merge", "--rev-id", "dddd", "-q"]));
    ok(await p.runAsync(["revision", "-m", "next", "--rev-id", "eeee", "-q"]));
    assert.equal(ok(await p.runAsync(["heads"])), "eeee (head)\n");
  });
});

describe("team workflow in a git repository", () => {
  test("the heads check names who added each branch's latest revision, and in which commit", async () => {
    const p = new TempProject();
    try {
      const git = (args: string[], author: string) => {
        const r = spawnSync("git", args, {
          cwd: p.dir,
          encoding: "utf8",
          env: { ...process.env, GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: "a@example.com", GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: "a@example.com" },
        });
        assert.equal(r.status, 0, r.stderr);
        return r.stdout.trim();
      };
      git(["init", "-q"], "x");
      p.write("athanor.config.mjs", `export default { scriptLocation: "migrations" };\n`);
      p.write("migrations/versions/aaaa_root.mjs", revisionFile({ rev: "aaaa", down: null, message: "root" }));
      p.write("migrations/versions/bbbb_add_nickname.mjs", revisionFile({ rev: "bbbb", down: "aaaa", message: "add nickname" }));
      git(["add", "-A"], "Ana Lima");
      git(["commit", "-q", "-m", "nickname"], "Ana Lima");
      const ana = git(["log", "-1", "--format=%h"], "x");
      p.write("migrations/versions/cccc_add_orders.mjs", revisionFile({ rev: "cccc", down: "aaaa", message: "add orders" }));
      git(["add", "-A"], "Bo");
      git(["commit", "-q", "-m", "orders"], "Bo");
      const bo = git(["log", "-1", "--format=%h"], "x");
      assert.match(
        fails(await p.runAsync(["check"])),
        new RegExp(
          `^2 heads where 1 is expected \\(test\\.heads in the config\\): bbbb "add nickname" \\(migrations/versions/bbbb_add_nickname\\.mjs, added by Ana Lima in ${ana}\\) and cccc "add orders" \\(migrations/versions/cccc_add_orders\\.mjs, added by Bo in ${bo}\\); `,
        ),
      );
    } finally {
      p.cleanup();
    }
  });
});
