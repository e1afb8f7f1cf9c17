/**
 * The configuration as `athanor config` shows it: which file, every value and
 * its source, the database URL's precedence, `.env`, and errors that name the
 * key and the file. No output ever shows the password.
 */
import assert from "node:assert/strict";
import { mkdirSync, realpathSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { type CliResult, REPO_ROOT, type TempProject, URL_FREE_ENV } from "../support/cli.js";
import { assertNoSecret, fails, ok, withProject } from "./helpers.js";

/** `config` output as {key: [value, source]}. */
function settings(stdout: string): Record<string, [string, string]> {
  const out: Record<string, [string, string]> = {};
  for (const line of stdout.split("\n")) {
    const m = /^(\w+) +(.*?) {2}\((.*)\)$/.exec(line);
    if (m) out[m[1] as string] = [m[2] as string, m[3] as string];
  }
  return out;
}

const CLEAN_ENV = URL_FREE_ENV;

function config(p: TempProject, args: string[] = [], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return p.runAsync(["config", ...args], { env: { ...CLEAN_ENV, ...env } });
}

const CONFIG_TS = (body: string) => `import { defineConfig } from "athanor";\n\nexport default defineConfig(${body});\n`;

describe("config files", { concurrency: true }, () => {
  test("no config: defaults, and every setting is listed with its source", () =>
    withProject(async (p) => {
      const out = ok(await config(p));
      assert.match(out, /^config file: \(none: defaults apply\)$/m);
      assert.deepEqual(settings(out), {
        url: ["(not set)", "none"],
        scriptLocation: ["migrations", "default"],
        versionLocations: ['["migrations/versions"]', "default"],
        recursiveVersionLocations: ["false", "default"],
        fileTemplate: ["{rev}_{slug}", "default"],
        timezone: ["UTC", "default"],
        truncateSlugLength: ["40", "default"],
        versionTable: ["athanor_version", "default"],
        versionTableSchema: ["(not set)", "default"],
        transactionMode: ["per-migration", "default"],
        postWriteHooks: ["[]", "default"],
        revisionExtension: ["ts", "default"],
        idleInTransactionTimeout: ["5min", "default"],
      });
      assert.match(out, /^no database URL: set DATABASE_URL, pass --url/m);
    }));

  for (const [name, text] of [
    ["athanor.config.ts", CONFIG_TS('{ versionTable: "from_ts" }')],
    ["athanor.config.mts", CONFIG_TS('{ versionTable: "from_mts" }')],
    ["athanor.config.cts", CONFIG_TS('{ versionTable: "from_cts" }')],
    ["athanor.config.js", 'import { defineConfig } from "athanor";\nexport default defineConfig({ versionTable: "from_js" });\n'],
    ["athanor.config.mjs", 'import { defineConfig } from "athanor";\nexport default defineConfig({ versionTable: "from_mjs" });\n'],
    ["athanor.config.cjs", 'module.exports = { versionTable: "from_cjs" };\n'],
    ["athanor.config.json", '{ "versionTable": "from_json" }\n'],
  ] as const) {
    test(`${name} in the working directory, importing defineConfig from "athanor"`, () =>
      withProject(async (p) => {
        p.write(name, text);
        const out = ok(await config(p));
        assert.match(out, new RegExp(`^config file: ${name.replace(/\./g, "\\.")}$`, "m"));
        const ext = name.split(".").pop();
        assert.deepEqual(settings(out).versionTable, [`from_${ext}`, `file ${name}`]);
      }));
  }

  test("the first of .ts, .mts, .cts, .js, .mjs, .cjs, .json wins", () =>
    withProject(async (p) => {
      p.write("athanor.config.json", '{ "versionTable": "json" }');
      p.write("athanor.config.cjs", 'module.exports = { versionTable: "cjs" };\n');
      assert.deepEqual(settings(ok(await config(p))).versionTable, ["cjs", "file athanor.config.cjs"]);
      p.write("athanor.config.mjs", 'export default { versionTable: "mjs" };\n');
      assert.deepEqual(settings(ok(await config(p))).versionTable, ["mjs", "file athanor.config.mjs"]);
      p.write("athanor.config.cts", 'export default { versionTable: "cts" };\n');
      assert.deepEqual(settings(ok(await config(p))).versionTable, ["cts", "file athanor.config.cts"]);
    }));

  test("a CommonJS project's athanor.config.cjs requiring athanor is found without -c", () =>
    withProject(async (p) => {
      p.write("package.json", '{ "name": "app", "private": true }\n');
      mkdirSync(join(p.dir, "node_modules"));
      symlinkSync(REPO_ROOT, join(p.dir, "node_modules", "athanor"), "dir");
      p.write("athanor.config.cjs", 'const { defineConfig } = require("athanor");\nmodule.exports = defineConfig({ scriptLocation: "db" });\n');
      const s = settings(ok(await config(p)));
      assert.deepEqual(s.scriptLocation, ["db", "file athanor.config.cjs"]);
    }));

  test("-c/--config and ATHANOR_CONFIG; folders are relative to the config file's folder", () =>
    withProject(async (p) => {
      p.write("athanor.config.json", '{ "versionTable": "ignored" }');
      p.write("deploy/athanor.prod.ts", CONFIG_TS('{ scriptLocation: "db", versionTable: "prod", versionTableSchema: "meta" }'));
      for (const args of [["-c", "deploy/athanor.prod.ts"], ["--config", "deploy/athanor.prod.ts"]]) {
        const s = settings(ok(await config(p, args)));
        assert.deepEqual(s.versionTable, ["prod", "file deploy/athanor.prod.ts"]);
        assert.deepEqual(s.scriptLocation, ["deploy/db", "file deploy/athanor.prod.ts"]);
        assert.deepEqual(s.versionLocations, ['["deploy/db/versions"]', "default"]);
        assert.deepEqual(s.versionTableSchema, ["meta", "file deploy/athanor.prod.ts"]);
      }
      const viaEnv = settings(ok(await config(p, [], { ATHANOR_CONFIG: "deploy/athanor.prod.ts" })));
      assert.deepEqual(viaEnv.versionTable, ["prod", "file deploy/athanor.prod.ts"]);
      assert.equal(fails(await config(p, ["-c", "nope.ts"])), "config file not found: nope.ts");
    }));

  test("every setting from the file, with its source", () =>
    withProject(async (p) => {
      p.write(
        "athanor.config.ts",
        CONFIG_TS(`{
  url: "postgresql://app@db.internal:5432/app",
  scriptLocation: "db",
  versionLocations: ["db/versions", "db/shop"],
  recursiveVersionLocations: true,
  fileTemplate: "{year}{month:02}{day:02}_{hour:02}{minute:02}-{rev}_{slug}",
  timezone: "Europe/Paris",
  truncateSlugLength: 20,
  versionTable: "schema_versions",
  versionTableSchema: "meta",
  postWriteHooks: ["npx prettier --write {file}", { command: "echo done", cwd: "db" }],
}`),
      );
      const file = "file athanor.config.ts";
      assert.deepEqual(settings(ok(await config(p))), {
        url: ["postgresql://app@db.internal:5432/app", file],
        scriptLocation: ["db", file],
        versionLocations: ['["db/versions","db/shop"]', file],
        recursiveVersionLocations: ["true", file],
        fileTemplate: ["{year}{month:02}{day:02}_{hour:02}{minute:02}-{rev}_{slug}", file],
        timezone: ["Europe/Paris", file],
        truncateSlugLength: ["20", file],
        versionTable: ["schema_versions", file],
        versionTableSchema: ["meta", file],
        transactionMode: ["per-migration", "default"],
        postWriteHooks: ['["npx prettier --write {file}",{"command":"echo done","cwd":"db"}]', file],
        revisionExtension: ["ts", "default"],
        idleInTransactionTimeout: ["5min", "default"],
      });
    }));

  test("--json: the same facts for programs", () =>
    withProject(async (p) => {
      p.write("athanor.config.json", '{ "versionTable": "v" }');
      const json = JSON.parse(ok(await config(p, ["--json"]))) as {
        configFile: string;
        dotenvLoaded: string[];
        settings: Record<string, { value: unknown; source: string }>;
      };
      assert.equal(json.configFile, `${realpathSync(p.dir)}/athanor.config.json`);
      assert.deepEqual(json.dotenvLoaded, []);
      assert.deepEqual(json.settings.versionTable, { value: "v", source: "file athanor.config.json" });
      assert.deepEqual(json.settings.truncateSlugLength, { value: 40, source: "default" });
      assert.deepEqual(json.settings.url, { value: null, source: "none" });
    }));
});

describe("config errors name the key and the file", { concurrency: true }, () => {
  const cases: Array<[string, string, string]> = [
    ["athanor.config.ts", CONFIG_TS('{ scriptLocation: "m", bogus: 1 }'), "unknown setting 'bogus'"],
    ["athanor.config.json", '{ "script_location": "m" }', "unknown setting 'script_location' (did you mean 'scriptLocation'?)"],
    ["athanor.config.ts", CONFIG_TS('{ scriptLocaton: "m" }'), "unknown setting 'scriptLocaton' (did you mean 'scriptLocation'?)"],
    ["athanor.config.json", '{ "defualtUrl": "sqlite:./app.db" }', "unknown setting 'defualtUrl' (did you mean 'defaultUrl'?)"],
    ["athanor.config.ts", CONFIG_TS('{ truncateSlugLength: "40" }'), "setting 'truncateSlugLength' must be a whole number, got \"40\""],
    ["athanor.config.json", '{ "versionTable": 3 }', "setting 'versionTable' must be a string, got number 3"],
    ["athanor.config.json", '{ "versionLocations": "a" }', "setting 'versionLocations' must be an array of strings, got \"a\""],
    ["athanor.config.json", '{ "recursiveVersionLocations": "yes" }', "setting 'recursiveVersionLocations' must be a boolean, got \"yes\""],
    [
      "athanor.config.json",
      '{ "postWriteHooks": [{ "cmd": "x" }] }',
      'setting \'postWriteHooks\' must be an array of commands (strings or { command, cwd }), got [{"cmd":"x"}]',
    ],
    ["athanor.config.json", '{ "versionTableSchema": false }', "setting 'versionTableSchema' must be a string or null, got boolean false"],
    ["athanor.config.json", '{ "timezone": "Mars/Olympus" }', "setting 'timezone' is not a known time zone: 'Mars/Olympus'"],
    ["athanor.config.json", "[1, 2]", "the config must export an object (export default defineConfig({ ... }))"],
  ];
  for (const [name, text, message] of cases) {
    test(`${name}: ${message}`, () =>
      withProject(async (p) => {
        p.write(name, text);
        // Every command that reads the config fails the same way.
        for (const args of [["config"], ["heads"]]) {
          const msg = fails(await p.runAsync(args, { env: CLEAN_ENV }));
          assert.equal(msg, `${realpathSync(p.dir)}/${name}: ${message}`);
        }
      }));
  }

  test("a config that does not load: its own error, one line", () =>
    withProject(async (p) => {
      p.write("athanor.config.ts", 'throw new Error("no config for you");\nexport default {};\n');
      assert.equal(fails(await config(p)), `${realpathSync(p.dir)}/athanor.config.ts:1: could not load the config: no config for you`);
      p.write("athanor.config.ts", "");
      p.write("athanor.config.ts", "export default { versionTable: ;\n");
      assert.match(fails(await config(p)), /athanor\.config\.ts:1: could not load the config: /);
      // jiti's parse error gives the position on a second line: the line number is kept
      p.write("settings.ts", "export const table = 'v';\n");
      p.write("athanor.config.ts", 'import { table } from "./settings";\n\nconst y: = 2;\nexport default { versionTable: table };\n');
      assert.match(fails(await config(p)), /athanor\.config\.ts:3: could not load the config: ParseError: Unexpected token$/);
      // CommonJS in a .js config of a "type": "module" package: what to do, not only Node's first line
      p.write("package.json", '{ "type": "module" }\n');
      p.write("deploy/athanor.config.js", 'module.exports = { scriptLocation: "db" };\n');
      assert.match(
        fails(await config(p, ["-c", "deploy/athanor.config.js"])),
        /athanor\.config\.js:1: could not load the config: module is not defined in ES module scope \(package\.json has "type": "module", so \.js is an ES module: use export default, or name the file athanor\.config\.cjs\)$/,
      );
    }));
});

describe("the database URL", { concurrency: true }, () => {
  const COMPONENTS = { DB_HOST: "comp-host", DB_PORT: "6543", DB_NAME: "compdb", DB_USER: "compuser", DB_PASSWORD: "c0mp-p@ss:w/rd" };
  const SECRETS = ["flag-secret", "env-secret", "file-secret", "default-secret", "c0mp-p@ss:w/rd", "c0mp-p%40ss%3Aw%2Frd", "dot-secret"];
  /** A project whose config has `url` and `defaultUrl`. */
  const withUrls = (fn: (p: TempProject) => Promise<void>) =>
    withProject(async (p) => {
      p.write(
        "athanor.config.ts",
        CONFIG_TS(`{
  url: process.env.APP_DB_URL ?? "postgresql://fileuser:file-secret@file-host/filedb",
  defaultUrl: "postgresql://defuser:default-secret@default-host/defdb",
}`),
      );
      await fn(p);
    });
  const url = (r: CliResult) => {
    assertNoSecret(r, ...SECRETS);
    return settings(ok(r)).url;
  };

  test("--url beats DATABASE_URL, which beats the config, which beats DB_*; SQLAlchemy schemes accepted", () =>
    withUrls(async (p) => {
      const all = { DATABASE_URL: "postgresql+asyncpg://envuser:env-secret@env-host/envdb", ...COMPONENTS };
      assert.deepEqual(url(await config(p, ["--url", "postgresql+psycopg://flaguser:flag-secret@flag-host:5433/flagdb?sslmode=require"], all)), [
        "postgresql://flaguser:***@flag-host:5433/flagdb?sslmode=require",
        "--url",
      ]);
      assert.deepEqual(url(await config(p, [], all)), ["postgresql://envuser:***@env-host/envdb", "env DATABASE_URL"]);
      assert.deepEqual(url(await config(p, [], COMPONENTS)), ["postgresql://fileuser:***@file-host/filedb", "file athanor.config.ts"]);
    }));

  test("DB_HOST/DB_PORT/DB_NAME/DB_USER/DB_PASSWORD when nothing higher is set (password URL-encoded, never shown)", () =>
    withProject(async (p) => {
      assert.deepEqual(url(await config(p, [], COMPONENTS)), [
        "postgresql://compuser:***@comp-host:6543/compdb",
        "env DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD",
      ]);
      const pg = { DB_HOST: "h", POSTGRES_DB: "pgdb", POSTGRES_USER: "pguser", POSTGRES_PASSWORD: "dot-secret" };
      assert.deepEqual(url(await config(p, [], pg)), ["postgresql://pguser:***@h/pgdb", "env DB_HOST, POSTGRES_DB, POSTGRES_USER, POSTGRES_PASSWORD"]);
    }));

  test("defaultUrl only when nothing else gives a URL", () =>
    withProject(async (p) => {
      p.write("athanor.config.json", JSON.stringify({ defaultUrl: "postgresql://defuser:default-secret@default-host/defdb" }));
      assert.deepEqual(url(await config(p)), ["postgresql://defuser:***@default-host/defdb", "file athanor.config.json (defaultUrl)"]);
      assert.deepEqual(url(await config(p, [], COMPONENTS)), [
        "postgresql://compuser:***@comp-host:6543/compdb",
        "env DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD",
      ]);
    }));

  test(".env is loaded; the real environment wins", () =>
    withProject(async (p) => {
      p.write(".env", "# local settings\nDATABASE_URL=postgresql://dotuser:dot-secret@dot-host/dotdb\nDB_HOST=dot-host\n");
      const fromDotenv = await config(p);
      assert.match(fromDotenv.stdout, /^\.env loaded: DATABASE_URL, DB_HOST$/m);
      assert.deepEqual(url(fromDotenv), ["postgresql://dotuser:***@dot-host/dotdb", "env DATABASE_URL via .env"]);
      const real = await config(p, [], { DATABASE_URL: "postgresql://envuser:env-secret@env-host/envdb" });
      assert.match(real.stdout, /^\.env loaded: DB_HOST$/m);
      assert.deepEqual(url(real), ["postgresql://envuser:***@env-host/envdb", "env DATABASE_URL"]);
    }));

  test("-c: the .env next to the config is loaded too; the working directory's .env wins", () =>
    withProject(async (p) => {
      p.write("packages/db/athanor.config.json", JSON.stringify({ defaultUrl: "pglite:./.athanor/pglite" }));
      p.write("packages/db/.env", "DATABASE_URL=postgresql://pkguser:pkg-secret@pkg-host/pkgdb\nDB_PORT=6543\n");
      const fromPackage = await config(p, ["-c", "packages/db/athanor.config.json"]);
      assert.match(fromPackage.stdout, /^\.env loaded: DATABASE_URL, DB_PORT$/m);
      assert.deepEqual(url(fromPackage), ["postgresql://pkguser:***@pkg-host/pkgdb", "env DATABASE_URL via .env"]);
      p.write(".env", "DATABASE_URL=postgresql://rootuser:root-secret@root-host/rootdb\n");
      const fromRoot = await config(p, ["-c", "packages/db/athanor.config.json"]);
      assert.match(fromRoot.stdout, /^\.env loaded: DATABASE_URL, DB_PORT$/m);
      assert.deepEqual(url(fromRoot), ["postgresql://rootuser:***@root-host/rootdb", "env DATABASE_URL via .env"]);
      assertNoSecret(fromRoot, "pkg-secret", "root-secret");
    }));

  test("passwords that are not URL-encoded are still hidden", () =>
    withProject(async (p) => {
      for (const [given, shown] of [
        ["postgresql://u:env-secret@h/db", "postgresql://u:***@h/db"],
        ["postgresql://u:flag-secret/x@h/db", "postgresql://u:***@h/db"],
        ["postgresql://u:p@env-secret@h/db", "postgresql://u:***@h/db"],
        ["postgresql://h/db?user=u&password=file-secret", "postgresql://h/db?user=u&password=***"],
      ] as const) {
        assert.deepEqual(url(await config(p, ["--url", given])), [shown, "--url"]);
      }
    }));

  test("no output shows the password: errors, --debug stack traces, --json", () =>
    withProject(async (p) => {
      p.write("migrations/versions/.gitkeep", "");
      const env = { DATABASE_URL: "postgresql://u:env-secret@127.0.0.1:1/db" };
      // A connection that fails: the message names the URL, masked.
      const failed = await p.runAsync(["history", "-i", "--debug"], { env: { ...CLEAN_ENV, ...env } });
      assert.equal(failed.code, 1);
      assert.match(failed.stderr, /postgresql:\/\/u:\*\*\*@127\.0\.0\.1:1\/db/);
      assertNoSecret(failed, "env-secret");
      const json = await config(p, ["--json"], env);
      assert.match(ok(json), /"value": "postgresql:\/\/u:\*\*\*@127\.0\.0\.1:1\/db"/);
      assertNoSecret(json, "env-secret");
      // Even text Athanor does not write itself: a failing hook that echoes the environment.
      p.write("hooks.config.json", JSON.stringify({ postWriteHooks: ['echo "url=$DATABASE_URL pw=$DB_PASSWORD"; exit 1'] }));
      const hook = await p.runAsync(["revision", "-c", "hooks.config.json", "-m", "x"], { env: { ...CLEAN_ENV, ...env, DB_PASSWORD: "c0mp-p@ss:w/rd" } });
      assert.equal(hook.code, 1);
      assert.match(hook.stderr, /^url=postgresql:\/\/u:\*\*\*@127\.0\.0\.1:1\/db pw=\*\*\*$/m);
      assertNoSecret(hook, "env-secret", "c0mp-p@ss:w/rd");
      const printed = await p.runAsync(["init", "--print-config"], { env: { ...CLEAN_ENV, ...COMPONENTS } });
      assertNoSecret(printed, ...SECRETS);
      assert.match(ok(printed), /compuser:\*\*\*@comp-host/);
    }));
});
