import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { loadConfig } from "../../src/config/load-config.js";
import { resolveUrl } from "../../src/config/resolve-url.js";
import { maskSecrets } from "../../src/util/mask-secrets.js";

describe("database URL resolution", () => {
  test("flag > DATABASE_URL > config url > components > defaultUrl", () => {
    const env = { DATABASE_URL: "postgresql://e@h/db", DB_HOST: "dbhost", DB_NAME: "n" };
    assert.equal(resolveUrl({ flag: "postgresql://f@h/db", env, configUrl: "postgresql://c@h/db" })?.source.kind, "flag");
    assert.equal(resolveUrl({ env, configUrl: "postgresql://c@h/db" })?.url, "postgresql://e@h/db");
    assert.equal(resolveUrl({ env: { DB_HOST: "x" }, configUrl: "postgresql://c@h/db" })?.url, "postgresql://c@h/db");
    // DB_* build the project's own kind of URL (init --url wrote it as defaultUrl); a SQLite project keeps its file
    const generic = { DB_HOST: "db", DB_PORT: "3307", DB_NAME: "app", DB_USER: "u" };
    assert.equal(resolveUrl({ env: generic, configDefaultUrl: "mysql://root@127.0.0.1:3306/app" })?.url, "mysql://u@db:3307/app");
    assert.match(resolveUrl({ env: generic, configDefaultUrl: "pglite:./.athanor/db" })?.url ?? "", /^postgresql:\/\/u@db:3307\/app/);
    assert.equal(resolveUrl({ env: generic, configDefaultUrl: "sqlite:./app.db" })?.source.kind, "file");
    // another dialect's own variables (set for another container) don't change the project's kind either
    assert.equal(resolveUrl({ env: { POSTGRES_HOST: "pg", POSTGRES_DB: "x" }, configDefaultUrl: "sqlite:./app.db" })?.source.kind, "file");
    assert.equal(resolveUrl({ env: { PGHOST: "pg", DB_NAME: "app" }, configDefaultUrl: "mysql://root@db:3306/app" })?.url, "mysql://localhost/app");
    assert.match(resolveUrl({ env: { MYSQL_HOST: "my", MYSQL_DATABASE: "app" }, configDefaultUrl: "mysql://root@db:3306/app" })?.url ?? "", /^mysql:\/\/my\/app$/);
    // no project kind (no defaultUrl): the dialect whose own variables are set
    assert.match(resolveUrl({ env: { MYSQL_HOST: "my", MYSQL_DATABASE: "app" } })?.url ?? "", /^mysql:\/\/my\/app$/);
    const comp = resolveUrl({
      env: { DB_HOST: "db", DB_PORT: "6543", POSTGRES_DB: "app", POSTGRES_USER: "u", POSTGRES_PASSWORD: "p@ss" },
      configDefaultUrl: "pglite:./x",
    });
    assert.equal(comp?.url, "postgresql://u:p%40ss@db:6543/app");
    assert.equal(comp?.source.kind, "components");
    assert.equal(resolveUrl({ env: {}, configDefaultUrl: "pglite:memory" })?.url, "pglite:memory");
    assert.equal(resolveUrl({ env: {} }), null);
  });
  test("SQLAlchemy URL forms are PostgreSQL", () => {
    for (const drv of ["psycopg", "psycopg2", "asyncpg"]) {
      assert.equal(resolveUrl({ env: { DATABASE_URL: `postgresql+${drv}://u:p@h:5432/d` } })?.url, "postgresql://u:p@h:5432/d");
    }
  });
  test("passwords are masked", () => {
    assert.equal(maskSecrets("postgresql://user:s3cret@host/db"), "postgresql://user:***@host/db");
    assert.equal(maskSecrets("x?sslmode=require&password=hunter2"), "x?sslmode=require&password=***");
  });
});

describe("config files", () => {
  const dir = () => mkdtempSync(join(tmpdir(), "athanor-cfg-"));
  test("no config file: defaults apply", async () => {
    const d = dir();
    const c = await loadConfig({ cwd: d, env: {}, dotenv: false });
    assert.equal(c.configFile, null);
    assert.equal(c.scriptLocation, join(d, "migrations"));
    assert.deepEqual(c.versionLocations, [join(d, "migrations", "versions")]);
    assert.equal(c.versionTable, "athanor_version");
    assert.equal(c.truncateSlugLength, 40);
    assert.equal(c.sources.versionTable, "default");
    rmSync(d, { recursive: true });
  });
  test("json config, unknown key and wrong type name the key and file", async () => {
    const d = dir();
    writeFileSync(join(d, "athanor.config.json"), JSON.stringify({ versionTable: "v", scriptLocation: "db" }));
    const c = await loadConfig({ cwd: d, env: {}, dotenv: false });
    assert.equal(c.versionTable, "v");
    assert.equal(c.sources.versionTable, "file");
    writeFileSync(join(d, "athanor.config.json"), JSON.stringify({ version_table: "v" }));
    await assert.rejects(loadConfig({ cwd: d, env: {}, dotenv: false }), /athanor\.config\.json: unknown setting 'version_table' \(did you mean 'versionTable'\?\)/);
    writeFileSync(join(d, "athanor.config.json"), JSON.stringify({ truncateSlugLength: "40" }));
    await assert.rejects(loadConfig({ cwd: d, env: {}, dotenv: false }), /setting 'truncateSlugLength' must be a whole number/);
    rmSync(d, { recursive: true });
  });
  test("TypeScript config with process.env, and .env loading where the real environment wins", async () => {
    const d = dir();
    writeFileSync(
      join(d, "athanor.config.ts"),
      `const table: string = "tv";\nexport default { url: process.env.APP_DB_URL, versionTable: table };\n`,
    );
    writeFileSync(join(d, ".env"), "APP_DB_URL=postgresql://a:b@fromdotenv/x\nDATABASE_URL=postgresql://dotenv/y\n");
    const env: NodeJS.ProcessEnv = { DATABASE_URL: "postgresql://real/z" };
    const c = await loadConfig({ cwd: d, env });
    assert.equal(c.versionTable, "tv");
    assert.equal(c.url?.url, "postgresql://real/z");
    assert.equal(env.APP_DB_URL, "postgresql://a:b@fromdotenv/x");
    rmSync(d, { recursive: true });
  });
});
