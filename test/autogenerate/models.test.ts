import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  applyNamingConvention,
  autogenerate,
  collectModels,
  enumType,
  expandGlob,
  fitName,
  loadModels,
  namingConvention,
  table,
} from "../../src/autogenerate/index.js";
import { isAthanorError } from "../../src/errors.js";
import { defineTable, t } from "../../src/schema/index.js";
import { requirePostgres } from "../support/databases.js";
import { apply, withDb } from "./helpers.js";

const entry = fileURLToPath(new URL("../../src/autogenerate/index.js", import.meta.url));
const schemaEntry = fileURLToPath(new URL("../../src/schema/index.js", import.meta.url));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "athanor-models-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const header = `import { table, enumType } from ${JSON.stringify(entry)};\nimport { t, sql } from ${JSON.stringify(schemaEntry)};\n`;

describe("model DSL and collection", () => {
  test("table() accepts record columns, validates, and names unnamed indexes", () => {
    const u = table("users", { columns: { id: { type: t.serial(), primaryKey: true }, email: t.text() }, indexes: [{ columns: ["email"] }] });
    assert.deepEqual(
      u.columns.map((c) => c.name),
      ["id", "email"],
    );
    assert.equal(u.indexes?.[0]?.name, "users_email_idx");
    assert.throws(() => table("bad", { columns: { a: t.text() }, indexes: [{ columns: ["nope"] }] }), /does not have/);
  });

  test("table() without `columns` (drizzle's shape) says where the columns go, not a TypeError", () => {
    const drizzleShape = { id: { type: t.integer(), primaryKey: true }, email: t.text() } as never;
    assert.throws(
      () => table("users", drizzleShape),
      (e: unknown) => isAthanorError(e) && e.code === "SCHEMA.INVALID" && e.message === 'table("users", …): columns go under `columns`: table("users", { columns: { id, email } })',
    );
    assert.throws(() => table("users", {} as never), /table\("users", …\) has no `columns` \(got an empty object\)/);
    assert.throws(() => table("users", undefined as never), /the second argument must be \{ columns: \{ … \} \}/);
  });

  test("collectModels finds tables in arrays, objects and namespaces, once each", () => {
    const a = table("a", { columns: { id: t.integer() } });
    const b = defineTable("b", { columns: [{ name: "id", type: t.integer() }] });
    const set = collectModels([{ a, list: [a, b], nested: { deeper: { b } }, other: 42, fn: () => a }]);
    assert.deepEqual(
      set.tables.map((x) => x.name),
      ["a", "b"],
    );
  });

  test("collectModels refuses two different tables with one name", () => {
    const a1 = table("a", { columns: { id: t.integer() } });
    const a2 = table("a", { columns: { id: t.bigint() } });
    assert.throws(() => collectModels({ a1, a2 }), (e: unknown) => isAthanorError(e) && e.code === "MODELS.CONFLICT");
  });

  test("enums come from enumType() exports and from column types with values", () => {
    const mood = enumType("mood", ["a", "b"]);
    const u = table("u", { columns: { m: mood, n: t.enum("other", { values: ["x"] }), o: t.enum("external") } });
    const set = collectModels({ mood, u });
    assert.deepEqual(
      set.enums.map((e) => [e.name, e.values]),
      [
        ["mood", ["a", "b"]],
        ["other", ["x"]],
      ],
    );
    assert.throws(() => collectModels({ u, bad: enumType("mood", ["a"]), mood }), /different labels/);
  });

  test("naming convention fills names where the model left them out", () => {
    const conv = namingConvention({
      ix: "ix_%(column_0_label)s",
      uq: "uq_%(table_name)s_%(column_0_N_name)s",
      ck: "ck_%(table_name)s_%(constraint_name)s",
      fk: "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
      pk: "pk_%(table_name)s",
    });
    const u = table("users", {
      columns: { id: { type: t.integer(), primaryKey: true }, org: { type: t.integer(), references: { table: "orgs" } }, e: { type: t.text(), unique: true } },
      uniques: [{ columns: ["org", "e"] }],
      checks: [{ name: "e_len", expression: "length(e) > 0" }],
      indexes: [{ columns: ["e"] }, { name: "keep_me", columns: ["org"] }],
    });
    const named = applyNamingConvention(u, conv);
    assert.equal(named.primaryKey?.name, "pk_users");
    assert.equal(named.columns[1]?.references?.name, "fk_users_org_orgs");
    assert.deepEqual(
      named.uniques?.map((x) => x.name),
      ["uq_users_org_e", "uq_users_e"],
    );
    assert.equal(named.checks?.[0]?.name, "ck_users_e_len");
    assert.deepEqual(
      named.indexes?.map((x) => x.name),
      ["ix_users_e", "keep_me"],
    );
    const set = collectModels({ conv, u });
    assert.equal(set.tables[0]?.primaryKey?.name, "pk_users");
    assert.throws(
      () => applyNamingConvention(table("x", { columns: { a: t.integer() }, checks: [{ expression: "a > 0" }] }), conv),
      /needs a name/,
    );
  });

  test("long generated names are cut to 63 bytes with a hash", () => {
    const long = `ix_${"very_long_table_name_".repeat(5)}`;
    const fitted = fitName(long);
    assert.ok(Buffer.byteLength(fitted) <= 63);
    assert.match(fitted, /_[0-9a-f]{8}$/);
    assert.equal(fitName("short"), "short");
  });
});

describe("loadModels", () => {
  test("imports modules and globs, and collects their tables", async () => {
    const dir = project({
      "db/users.ts": `${header}export const users = table("users", { columns: { id: { type: t.serial(), primaryKey: true } } });\n`,
      "db/posts.ts": `${header}export const all = [table("posts", { columns: { id: t.integer() } })];\n`,
      "db/util.ts": "export const nothing = 1;\n",
    });
    try {
      assert.deepEqual(
        expandGlob("db/**/*.ts", dir).map((f) => f.slice(dir.length + 1)),
        ["db/posts.ts", "db/users.ts", "db/util.ts"],
      );
      const set = await loadModels({ projectDir: dir, raw: { models: "db/*.ts" } });
      assert.deepEqual(set.tables.map((x) => x.name).sort(), ["posts", "users"]);
      assert.equal(set.files.length, 3);
      const folder = await loadModels({ projectDir: dir, raw: { models: ["db"] } });
      assert.equal(folder.tables.length, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("no tables found is an error that lists the files (never an empty migration)", async () => {
    const dir = project({ "models.ts": "export const notATable = { hello: 1 };\n" });
    try {
      await assert.rejects(
        loadModels({ projectDir: dir, raw: { models: "models.ts" } }),
        (e: unknown) => isAthanorError(e) && e.code === "MODELS.EMPTY" && e.message.includes("models.ts") && e.message.includes("no tables found"),
      );
      await assert.rejects(loadModels({ projectDir: dir, raw: {} }), (e: unknown) => isAthanorError(e) && e.code === "MODELS.NOT_CONFIGURED");
      await assert.rejects(
        loadModels({ projectDir: dir, raw: { models: "missing/*.ts" } }),
        (e: unknown) => isAthanorError(e) && e.code === "MODELS.NOT_FOUND" && e.message.includes("missing/*.ts"),
      );
      await assert.rejects(loadModels({ projectDir: dir, raw: { models: "nope.ts" } }), /no such file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a missing entry in a list is an error even when the others load (its tables would look dropped)", async () => {
    const dir = project({
      "db/users.ts": `${header}export const users = table("users", { columns: { id: { type: t.serial(), primaryKey: true } } });\n`,
      "db/posts.ts": `${header}export const posts = table("posts", { columns: { id: t.integer() } });\n`,
    });
    try {
      await assert.rejects(
        loadModels({ projectDir: dir, raw: { models: ["db/users.ts", "./db/post.ts"] } }),
        (e: unknown) => isAthanorError(e) && e.code === "MODELS.NOT_FOUND" && e.message.includes("./db/post.ts (no such file in"),
      );
      await assert.rejects(
        loadModels({ projectDir: dir, raw: { models: ["db/users.ts", "lib/*.ts"] } }),
        (e: unknown) => isAthanorError(e) && e.code === "MODELS.NOT_FOUND" && e.message.includes("lib/*.ts (glob matched no module)"),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("entries resolve as the project's imports do: without an extension, and through tsconfig paths", async () => {
    const dir = project({
      "src/db/users.ts": `${header}export const users = table("users", { columns: { id: { type: t.serial(), primaryKey: true } } });\n`,
      "src/db/posts.mts": `${header}export const posts = table("posts", { columns: { id: t.integer() } });\n`,
      "tsconfig.json": '{ "compilerOptions": { "paths": { "@/*": ["./src/*"], "#schema": ["./src/db/posts.mts"] } } }\n',
    });
    try {
      const bare = await loadModels({ projectDir: dir, raw: { models: ["./src/db/users", "src/db/posts"] } });
      assert.deepEqual(bare.tables.map((x) => x.name).sort(), ["posts", "users"]);
      const aliased = await loadModels({ projectDir: dir, raw: { models: ["@/db/users", "#schema"] } });
      assert.deepEqual(aliased.tables.map((x) => x.name).sort(), ["posts", "users"]);
      await assert.rejects(loadModels({ projectDir: dir, raw: { models: "@/db/nope" } }), /@\/db\/nope \(no such file in/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a module that throws is reported with its file name", async () => {
    const dir = project({ "broken.ts": "throw new Error('boom');\n" });
    try {
      await assert.rejects(loadModels({ projectDir: dir, raw: { models: "broken.ts" } }), /could not load models from broken\.ts: boom/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("autogenerate(config, conn)", async () => {
  const opts = await requirePostgres();
  test("loads the models, compares, renders; empty once applied", opts, async () => {
    const dir = project({
      "schema.ts": `${header}export const mood = enumType("mood", ["a", "b"]);
export const users = table("users", {
  columns: { id: { type: t.serial(), primaryKey: true }, m: { type: mood, default: "a" }, at: { type: t.timestamptz(), default: sql("now()") } },
});
`,
    });
    try {
      await withDb(async ({ conn, sql }) => {
        await sql("CREATE TABLE athanor_version (version_num varchar(32) primary key)");
        const config = { projectDir: dir, raw: { models: "schema.ts" }, versionTable: "athanor_version", versionTableSchema: null };
        const r = await autogenerate(config, conn);
        assert.equal(r.empty, false);
        assert.deepEqual(
          r.upgradeOps.map((o) => o.kind),
          ["createEnum", "createTable"],
        );
        assert.deepEqual(
          r.downgradeOps.map((o) => o.kind),
          ["dropTable", "dropEnum"],
        );
        assert.equal(r.rendered.imports, 'import { sql, t, pg } from "athanor";');
        assert.match(r.rendered.upgrades, /^ {2}\/\/ ### commands auto-generated by Athanor/);
        assert.match(r.rendered.upgrades, /\n {2}await op\.createEnum\("mood", \["a", "b"\]\);\n {2}await op\.createTable\("users", \{\n {4}columns: \[/);
        await apply(conn, r.upgradeOps);
        const again = await autogenerate(config, conn);
        assert.equal(again.empty, true, again.upgradeOps.map((o) => o.kind).join(","));
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
