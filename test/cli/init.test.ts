/** `athanor init [dir]`: the scaffold, its refusal of a non-empty folder, and --print-config. */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, realpathSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { REPO_ROOT, TempProject } from "../support/cli.js";
import { fails, lines, ok, withProject } from "./helpers.js";

describe("init", { concurrency: true }, () => {
  test("scaffolds config, migrations/versions/, script.ts.tmpl and README; says what it did", () =>
    withProject(async (p) => {
      const r = await p.runAsync(["init"]);
      assert.equal(ok(r), "");
      assert.deepEqual(lines(r.stderr), [
        "Created migrations/ with versions/, script.ts.tmpl and README.md",
        "Created athanor.config.ts",
        'Next: npx athanor revision -m "first revision" && npx athanor upgrade head',
      ]);
      assert.deepEqual(p.ls("."), [".athanor", "athanor.config.ts", "migrations"]);
      assert.deepEqual(p.ls("migrations"), ["README.md", "script.ts.tmpl", "versions"]);
      assert.deepEqual(p.ls("migrations/versions"), [".gitkeep"]);
      assert.match(p.read(".athanor/.gitignore"), /^\*$/m);
      const config = p.read("athanor.config.ts");
      assert.match(config, /^import \{ defineConfig \} from "athanor";$/m);
      assert.match(config, /^export default defineConfig\(\{$/m);
      assert.match(config, /^ {2}scriptLocation: "migrations",$/m);
      assert.match(p.read("migrations/script.ts.tmpl"), /\{\{revisionLiteral\}\}/);
      assert.match(p.read("migrations/README.md"), /npx athanor revision -m/);
      // The config it wrote loads, and the project works straight away.
      assert.match(ok(await p.runAsync(["config"])), /^scriptLocation +migrations +\(file athanor\.config\.ts\)$/m);
      assert.equal(ok(await p.runAsync(["heads"])), "");
      assert.equal(ok(await p.runAsync(["history"])), "");
    }));

  test("init <dir>: a nested folder, recorded as scriptLocation", () =>
    withProject(async (p) => {
      ok(await p.runAsync(["init", "db/migrations", "-q"]));
      assert.deepEqual(p.ls("db/migrations"), ["README.md", "script.ts.tmpl", "versions"]);
      assert.match(p.read("athanor.config.ts"), /^ {2}scriptLocation: "db\/migrations",$/m);
      const r = await p.runAsync(["revision", "-m", "first", "--rev-id", "aaaa00000001"]);
      assert.equal(r.stderr, "Generating db/migrations/versions/aaaa00000001_first.ts ... done\n");
    }));

  test("new revisions use the project's script.ts.tmpl, edits included", () =>
    withProject(async (p) => {
      ok(await p.runAsync(["init", "-q"]));
      const template = p.read("migrations/script.ts.tmpl").replace("{{imports}}", '{{imports}}\n// reviewed-by: {{revision}}');
      p.write("migrations/script.ts.tmpl", template);
      ok(await p.runAsync(["revision", "-m", "x", "--rev-id", "aaaa00000001", "-q"]));
      assert.match(p.read("migrations/versions/aaaa00000001_x.ts"), /^\/\/ reviewed-by: aaaa00000001$/m);
      p.write("migrations/script.ts.tmpl", "{{nope}}\n");
      assert.equal(
        fails(await p.runAsync(["revision", "-m", "y"])),
        `${realpathSync(p.dir)}/migrations/script.ts.tmpl: unknown placeholder {{nope}}`,
      );
    }));

  test("init -c FILE: the config goes there, with folders relative to it; a .json config is JSON", () =>
    withProject(async (p) => {
      const r = await p.runAsync(["init", "db/migrations", "-c", "config/athanor.config.ts"]);
      ok(r);
      assert.match(r.stderr, /^Created config\/athanor\.config\.ts$/m);
      assert.match(p.read("config/athanor.config.ts"), /^ {2}scriptLocation: "\.\.\/db\/migrations",$/m);
      assert.deepEqual(p.ls("config"), [".athanor", "athanor.config.ts"]);
      const s = ok(await p.runAsync(["config", "-c", "config/athanor.config.ts"]));
      assert.match(s, /^scriptLocation +db\/migrations +\(file config\/athanor\.config\.ts\)$/m);
      ok(await p.runAsync(["init", "other", "-c", "other.json", "-q"]));
      assert.deepEqual(JSON.parse(p.read("other.json")), { defaultUrl: "pglite:./.athanor/pglite", scriptLocation: "other" });
    }));

  test("init -c athanor.config.cjs writes CommonJS, which loads (ES syntax in a .cjs file does not)", () =>
    withProject(async (p) => {
      p.write("package.json", '{ "name": "app", "private": true }\n');
      mkdirSync(join(p.dir, "node_modules"));
      symlinkSync(REPO_ROOT, join(p.dir, "node_modules", "athanor"), "dir");
      ok(await p.runAsync(["init", "db", "-c", "athanor.config.cjs", "-q"]));
      assert.match(p.read("athanor.config.cjs"), /^const \{ defineConfig \} = require\("athanor"\);\n\nmodule\.exports = defineConfig\(\{$/m);
      const s = ok(await p.runAsync(["config"]));
      assert.match(s, /^scriptLocation +db +\(file athanor\.config\.cjs\)$/m);
    }));

  test("refuses a non-empty folder and writes nothing", () =>
    withProject(async (p) => {
      p.write("migrations/notes.txt", "mine");
      assert.equal(fails(await p.runAsync(["init"])), "directory migrations already exists and is not empty");
      assert.deepEqual(p.ls("."), ["migrations"]);
      assert.deepEqual(p.ls("migrations"), ["notes.txt"]);
    }));

  test("an existing empty folder is fine", () =>
    withProject(async (p) => {
      mkdirSync(join(p.dir, "migrations"));
      ok(await p.runAsync(["init", "-q"]));
      assert.deepEqual(p.ls("migrations"), ["README.md", "script.ts.tmpl", "versions"]);
    }));

  test("an existing config is left alone", () =>
    withProject(async (p) => {
      const mine = 'export default { scriptLocation: "migrations", versionTable: "mine" };\n';
      p.write("athanor.config.mjs", mine);
      const r = await p.runAsync(["init"]);
      ok(r);
      assert.match(r.stderr, /^Config athanor\.config\.mjs already exists, leaving it alone$/m);
      assert.equal(p.read("athanor.config.mjs"), mine);
      assert.ok(!existsSync(join(p.dir, "athanor.config.ts")));
    }));

  test("--print-config prints the resolved configuration, like `config`, and creates nothing", () =>
    withProject(async (p) => {
      p.write("athanor.config.json", JSON.stringify({ versionTable: "v" }));
      const printed = ok(await p.runAsync(["init", "--print-config"]));
      assert.equal(printed, ok(await p.runAsync(["config"])));
      assert.match(printed, /^versionTable +v +\(file athanor\.config\.json\)$/m);
      assert.deepEqual(p.ls("."), ["athanor.config.json"]);
    }));
});

describe("athanor init --url", () => {
  test("writes the given database as defaultUrl, never its password, and refuses an unknown scheme", () => {
    const p = new TempProject("athanor-init-url-");
    try {
      const r = p.run(["init", "--url", "mysql://app:s3cr3t@db.internal:3306/shop"]);
      assert.equal(r.code, 0, r.stderr);
      const config = p.read("athanor.config.ts");
      assert.match(config, /defaultUrl: "mysql:\/\/app@db\.internal:3306\/shop"/);
      assert.doesNotMatch(config, /s3cr3t/);
      assert.doesNotMatch(r.stdout + r.stderr, /s3cr3t/);
      assert.match(r.stderr, /^warning: the password in --url was not written to athanor\.config\.ts: set DATABASE_URL/m);
      assert.ok(!p.ls(".").includes(".athanor"), "no folder for an embedded database");
    } finally {
      p.cleanup();
    }
    const q = new TempProject("athanor-init-url-");
    try {
      const r = q.run(["init", "--url", "sqlite:./app.db"]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(q.read("athanor.config.ts"), /defaultUrl: "sqlite:\.\/app\.db"/);
      const cfg = q.run(["config"]);
      assert.match(cfg.stdout, /sqlite:/);
      const bad = q.run(["init", "elsewhere", "--url", "nosuch://x"]);
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /^error: unsupported database URL \(scheme "nosuch:"\)/);
      assert.ok(!q.ls(".").includes("elsewhere"), "nothing written");
    } finally {
      q.cleanup();
    }
  });
});
