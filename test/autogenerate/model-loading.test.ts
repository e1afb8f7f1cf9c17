/**
 * Loading model files as the project compiles them: tsconfig `paths` and
 * `baseUrl` (comments, trailing commas, `extends`), and the `casing`
 * setting reaching drizzle models.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { loadModels } from "../../src/autogenerate/index.js";
import { validateConfig } from "../../src/config/validate-config.js";
import { isAthanorError } from "../../src/errors.js";
import { parseJsonc, tsconfigAliases } from "../../src/util/tsconfig-paths.js";

const entry = fileURLToPath(new URL("../../src/autogenerate/index.js", import.meta.url));
const schemaEntry = fileURLToPath(new URL("../../src/schema/index.js", import.meta.url));
const header = `import { table } from ${JSON.stringify(entry)};\nimport { t } from ${JSON.stringify(schemaEntry)};\n`;

/** A temporary project below this folder, so that `drizzle-orm` resolves from the repository's node_modules. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(fileURLToPath(new URL(".", import.meta.url)), "proj-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("tsconfig paths in model files", () => {
  test("tsconfig is read with comments and trailing commas", () => {
    assert.deepEqual(parseJsonc('{ // c\n "a": [1, 2,], /* x */ "b": "//not a comment", }', "tsconfig.json"), { a: [1, 2], b: "//not a comment" });
    assert.throws(() => parseJsonc("{ nope", "/p/tsconfig.json"), (e: unknown) => isAthanorError(e) && e.message.includes("/p/tsconfig.json"));
  });

  test("paths from an extended tsconfig and baseUrl resolve imports of the models", async () => {
    const dir = project({
      "tsconfig.base.json": `{
  // shared settings
  "compilerOptions": {
    "paths": { "@/*": ["./src/*"], "#schema": ["./src/db/schema-index.ts"], },
  },
}`,
      "tsconfig.json": `{ "extends": "./tsconfig.base.json", /* the app */ "compilerOptions": { "strict": true, }, }`,
      "src/db/users.ts": `${header}export const users = table("users", { columns: { id: { type: t.integer(), primaryKey: true } } });\n`,
      "src/db/schema-index.ts": `${header}export const teams = table("teams", { columns: { id: t.integer() } });\n`,
      "src/lib/naming.ts": `export const prefix = "app";\n`,
      "src/db/models.ts": `import { users } from "@/db/users";\nimport { teams } from "#schema";\n${header}export { users, teams };\n`,
      "other/tsconfig.json": `{ "compilerOptions": { "baseUrl": "../src" } }`,
      "other/models.ts": `import { prefix } from "lib/naming";\n${header}export const posts = table(prefix + "_posts", { columns: { id: t.integer() } });\n`,
    });
    try {
      const aliases = tsconfigAliases(join(dir, "src/db"));
      assert.equal(aliases.file, join(dir, "tsconfig.json"));
      assert.equal(aliases.alias["@/"], `${join(dir, "src")}/`);
      const set = await loadModels({ projectDir: dir, raw: { models: "src/db/models.ts" } });
      assert.deepEqual(set.tables.map((x) => x.name).sort(), ["teams", "users"]);
      const other = await loadModels({ projectDir: dir, raw: { models: "other/models.ts" } });
      assert.deepEqual(other.tables.map((x) => x.name), ["app_posts"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("an extended package that isn't installed (a devDependency, in a production install) is skipped", async () => {
    const dir = project({
      "tsconfig.json": `{ "extends": ["@tsconfig/athanor-not-installed/tsconfig.json", "./tsconfig.paths.json"] }`,
      "tsconfig.paths.json": `{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }`,
      "src/db/users.ts": `${header}export const users = table("users", { columns: { id: { type: t.integer(), primaryKey: true } } });\n`,
      "src/db/models.ts": `import { users } from "@/db/users";\nexport { users };\n`,
    });
    try {
      const set = await loadModels({ projectDir: dir, raw: { models: "src/db/models.ts" } });
      assert.deepEqual(set.tables.map((x) => x.name), ["users"]);
      writeFileSync(join(dir, "tsconfig.json"), `{ "extends": "./tsconfig.missing.json" }`);
      await assert.rejects(loadModels({ projectDir: dir, raw: { models: "src/db/models.ts" } }), /"extends": "\.\/tsconfig\.missing\.json" names no file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("casing setting", () => {
  test("is validated and reaches drizzle models loaded from the config", async () => {
    assert.throws(() => validateConfig({ casing: "kebab" }, "athanor.config.ts"), /setting 'casing' must be "snake_case" or "camelCase"/);
    assert.deepEqual(validateConfig({ casing: "snake_case" }, "athanor.config.ts"), { casing: "snake_case" });
    const dir = project({
      "schema.ts": `import { pgTable, timestamp, integer } from "drizzle-orm/pg-core";
export const events = pgTable("events", { id: integer().primaryKey(), createdAt: timestamp().defaultNow(), startsAt: timestamp("StartsAt") });
`,
    });
    try {
      const snake = await loadModels({ projectDir: dir, raw: { models: "schema.ts", casing: "snake_case" } });
      assert.deepEqual(snake.tables[0]?.columns.map((c) => c.name), ["id", "created_at", "StartsAt"]);
      const keys = await loadModels({ projectDir: dir, raw: { models: "schema.ts" } });
      assert.deepEqual(keys.tables[0]?.columns.map((c) => c.name), ["id", "createdAt", "StartsAt"]);
      assert.deepEqual(keys.warnings, []);
      // drizzle.config says snake_case but Athanor's config does not: said, never silent.
      writeFileSync(join(dir, "drizzle.config.ts"), 'export default defineConfig({ dialect: "postgresql", casing: "snake_case" });\n');
      const hinted = await loadModels({ projectDir: dir, raw: { models: "schema.ts" } });
      assert.ok(hinted.warnings.some((w) => w.startsWith('drizzle.config.ts sets casing: "snake_case" but Athanor\'s config does not set casing')), hinted.warnings.join("\n"));
      assert.deepEqual((await loadModels({ projectDir: dir, raw: { models: "schema.ts", casing: "snake_case" } })).warnings, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
