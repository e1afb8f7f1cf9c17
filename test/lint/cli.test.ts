/**
 * `athanor lint` as CI runs it: the built binary in a temporary project (a
 * real git repository for --since), the text people read, the JSON and SARIF
 * shapes, and the exit codes (0 clean or warnings only, 1 errors, 2 bad usage).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, describe, test } from "node:test";
import { revisionFile, TempProject, URL_FREE_ENV } from "../support/cli.js";
import { fails } from "../cli/helpers.js";

const projects: TempProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

function project(): TempProject {
  const p = new TempProject("athanor-lint-cli-");
  projects.push(p);
  p.write("athanor.config.ts", `export default { lockTimeout: "2s" };\n`);
  p.write(
    "migrations/versions/a1_create_users.ts",
    revisionFile({ rev: "a1", down: null, upgrade: `  await op.createTable("users", { columns: [{ name: "id", type: { kind: "bigint" }, primaryKey: true, identity: "always" }, { name: "email", type: { kind: "text" } }] });\n  await op.createIndex("ix_users_email", "users", ["email"]);` }),
  );
  return p;
}

const lint = (p: TempProject, ...args: string[]) => p.run(["lint", ...args], { env: URL_FREE_ENV });

function git(p: TempProject, ...args: string[]): string {
  const r = spawnSync("git", args, { cwd: p.dir, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" } });
  assert.equal(r.status, 0, `git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

const RISKY = revisionFile({ rev: "b2", down: "a1", upgrade: `  await op.createIndex("ix_users_id_email", "users", ["id", "email"]);` });
const WARNING_ONLY = revisionFile({ rev: "b2", down: "a1", upgrade: `  await op.addColumn("users", { name: "doc", type: { kind: "json" } });` });

describe("athanor lint on the command line", () => {
  test("a clean history: exit 0 and a summary line", () => {
    const p = project();
    const r = lint(p);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "1 revision checked: 0 errors, 0 warnings\n");
  });

  test("errors: file:line, rule id, message and recipe; exit 1", () => {
    const p = project();
    p.write("migrations/versions/b2_index.ts", RISKY);
    const r = lint(p);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.split("\n");
    assert.match(lines[0] ?? "", /^migrations\/versions\/b2_index\.ts:\d+: error require-concurrent-index: index ix_users_id_email is built on existing table users without CONCURRENTLY/);
    const line = Number(/:(\d+):/.exec(lines[0] ?? "")?.[1]);
    assert.match(p.read("migrations/versions/b2_index.ts").split("\n")[line - 1] ?? "", /op\.createIndex\("ix_users_id_email"/);
    assert.match(lines[1] ?? "", /^ {2}fix: .*concurrently: true/);
    assert.match(r.stdout, /2 revisions checked: 1 error, 0 warnings\n$/);
  });

  test("warnings only: exit 0", () => {
    const p = project();
    p.write("migrations/versions/b2_doc.ts", WARNING_ONLY);
    const r = lint(p, "--format", "json");
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { errors: number; warnings: number; findings: { ruleId: string; severity: string; file: string; line: number }[] };
    assert.equal(json.errors, 0);
    assert.deepEqual(
      json.findings.map((f) => [f.ruleId, f.severity, f.file]),
      [["prefer-jsonb", "warning", "migrations/versions/b2_doc.ts"]],
    );
  });

  test("named revisions only", () => {
    const p = project();
    p.write("migrations/versions/b2_index.ts", RISKY);
    const r = lint(p, "a1", "--format", "json");
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as { checked: string[] }).checked, ["a1"]);
  });

  test("the config's lint.rules change a severity; an unknown rule id is named", () => {
    const p = project();
    p.write("migrations/versions/b2_index.ts", RISKY);
    p.write("athanor.config.ts", `export default { lint: { rules: { "require-concurrent-index": "warning", "require-lock-timeout": "off" } } };\n`);
    const r = lint(p);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /warning require-concurrent-index/);
    p.write("athanor.config.ts", `export default { lint: { rules: { "require-concurent-index": "off" } } };\n`);
    assert.match(fails(lint(p), 1), /lint\.rules names 'require-concurent-index', which is not a rule/);
    p.write("athanor.config.ts", `export default { lint: { rules: { "ban-drop": "never" } } };\n`);
    assert.match(fails(lint(p), 1), /setting 'lint' must be/);
  });

  test("bad usage: exit 2", () => {
    const p = project();
    assert.match(fails(lint(p, "--format", "xml"), 2), /--format must be text, json or sarif/);
    assert.match(fails(lint(p, "--since", "main"), 2), /not in a git repository/);
  });

  test("--since lints only the revision files added or changed since the ref", () => {
    const p = project();
    p.write("migrations/versions/b2_index.ts", RISKY);
    git(p, "init", "-q", "-b", "main");
    git(p, "add", "-A");
    git(p, "commit", "-qm", "base");
    git(p, "checkout", "-qb", "feature");
    p.write("migrations/versions/c3_doc.ts", revisionFile({ rev: "c3", down: "b2", upgrade: `  await op.addColumn("users", { name: "doc", type: { kind: "json" } });` }));
    let r = lint(p, "--since", "main", "--format", "json");
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as { checked: string[] }).checked, ["c3"], "untracked new file only; b2's error is not this branch's");
    git(p, "add", "-A");
    git(p, "commit", "-qm", "c3");
    // a change to an old revision on the branch counts too
    p.write("migrations/versions/a1_create_users.ts", `${p.read("migrations/versions/a1_create_users.ts")}\n// touched\n`);
    r = lint(p, "--since", "main", "--format", "json");
    assert.deepEqual((JSON.parse(r.stdout) as { checked: string[] }).checked.sort(), ["a1", "c3"]);
    assert.match(fails(lint(p, "--since", "no-such-branch"), 2), /--since no-such-branch: not a commit git knows/);
  });

  test("--format sarif: SARIF 2.1.0 for GitHub code scanning", () => {
    const p = project();
    p.write("migrations/versions/b2_index.ts", RISKY);
    p.write("migrations/versions/c3_doc.ts", revisionFile({ rev: "c3", down: "b2", upgrade: `  await op.addColumn("users", { name: "doc", type: { kind: "json" } });` }));
    git(p, "init", "-q");
    const r = lint(p, "--format", "sarif");
    assert.equal(r.code, 1, r.stderr);
    const sarif = JSON.parse(r.stdout) as {
      version: string;
      $schema: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; help: { text: string } }[] } };
        results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
      }[];
    };
    assert.equal(sarif.version, "2.1.0");
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    const run = sarif.runs[0];
    assert.ok(run);
    assert.equal(run.tool.driver.name, "athanor lint");
    const ids = run.tool.driver.rules.map((x) => x.id);
    for (const id of ["require-concurrent-index", "require-not-valid", "ban-drop", "prefer-jsonb"]) assert.ok(ids.includes(id), id);
    for (const rule of run.tool.driver.rules) assert.ok(rule.shortDescription.text && rule.help.text, rule.id);
    assert.deepEqual(
      run.results.map((x) => [x.ruleId, x.level, x.locations[0]?.physicalLocation.artifactLocation.uri]),
      [
        ["require-concurrent-index", "error", "migrations/versions/b2_index.ts"],
        ["prefer-jsonb", "warning", "migrations/versions/c3_doc.ts"],
      ],
    );
    for (const x of run.results) {
      assert.equal(run.tool.driver.rules[x.ruleIndex]?.id, x.ruleId);
      assert.ok((x.locations[0]?.physicalLocation.region.startLine ?? 0) >= 1);
      assert.ok(x.message.text.length > 0);
    }
  });
});
