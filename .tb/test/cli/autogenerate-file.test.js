/**
 * The file `revision --autogenerate` writes: each fact stated once (a
 * one-column primary key is not both `primaryKey: true` and a table-level
 * `primaryKey`), no trailing blanks (`Revises:` of a root), and enum values
 * added idempotently, so a revision that failed after its autocommit block
 * can be run again.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { requirePostgres } from "../support/databases.js";
import { projectsOnNewDatabases } from "../support/project.js";
import { fails, ok } from "./helpers.js";
const skip = await requirePostgres();
const newProject = projectsOnNewDatabases();
const CONFIG = `import { defineConfig } from "athanor";
export default defineConfig({ scriptLocation: "migrations", models: ["./models.ts"] });
`;
function models(moods, convention) {
    return `import { enumType, namingConvention, t, table } from "athanor";
${convention ? `export const conventions = namingConvention({ pk: "pk_%(table_name)s" });\n` : ""}
export const mood = enumType("mood", ${JSON.stringify(moods)});
export const users = table("users", {
  columns: {
    id: { type: t.bigint(), primaryKey: true, identity: "always" },
    mood: { type: t.enum("mood"), nullable: false, default: "sad" },
  },
});
export const pairs = table("pairs", {
  columns: { a: t.integer(), b: t.integer() },
  primaryKey: { columns: ["a", "b"] },
});
`;
}
describe("revision --autogenerate writes each fact once", skip, () => {
    for (const convention of [true, false]) {
        test(`primary keys ${convention ? "named by a convention" : "with default names"}: stated once, round trip exact, no trailing blanks`, async () => {
            const { db, p } = await newProject();
            p.write("athanor.config.ts", CONFIG);
            p.write("models.ts", models(["sad", "happy"], convention));
            ok(p.athanor("revision", "--autogenerate", "-m", "init", "--rev-id", "a0000001"), "revision --autogenerate");
            const file = p.read("migrations/versions/a0000001_init.ts");
            for (const [i, line] of file.split("\n").entries())
                assert.doesNotMatch(line, /\s$/, `line ${i + 1} ends with a blank: ${JSON.stringify(line)}`);
            assert.match(file, /^ \* Revises:$/m);
            const users = /await op\.createTable\("users",[\s\S]*?\n {2}\}\);/.exec(file)?.[0] ?? "";
            const statedPk = (users.match(/primaryKey/g) ?? []).length;
            assert.equal(statedPk, 1, `the users primary key is stated ${statedPk} times:\n${users}`);
            if (convention)
                assert.match(users, /primaryKey: \{ name: "pk_users", columns: \["id"\] \}/);
            else
                assert.match(users, /\{ name: "id", type: t\.bigint\(\), primaryKey: true, identity: "always" \}/);
            ok(p.athanor("upgrade", "head"), "upgrade");
            assert.match(ok(p.athanor("check")), /No changes detected/);
            const names = await db.query("SELECT conname FROM pg_constraint WHERE contype = 'p' AND conrelid IN ('users'::regclass, 'pairs'::regclass) ORDER BY 1");
            assert.deepEqual(names.map((r) => r.conname), convention ? ["pk_pairs", "pk_users"] : ["pairs_pkey", "users_pkey"]);
        });
    }
    test("an added enum value is IF NOT EXISTS: a revision that failed after adding it runs again", async () => {
        const { db, p } = await newProject();
        p.write("athanor.config.ts", CONFIG);
        p.write("models.ts", models(["sad"], false));
        ok(p.athanor("revision", "--autogenerate", "-m", "init", "--rev-id", "a0000001"), "first revision");
        ok(p.athanor("upgrade", "head"), "upgrade");
        p.write("models.ts", models(["sad", "happy"], false).replace('default: "sad"', 'default: "happy"'));
        ok(p.athanor("revision", "--autogenerate", "-m", "happy", "--rev-id", "b0000002"), "second revision");
        const path = "migrations/versions/b0000002_happy.ts";
        const file = p.read(path);
        assert.match(file, /await op\.addEnumValue\("mood", "happy", \{ after: "sad", ifNotExists: true \}\);/);
        assert.match(ok(p.athanor("upgrade", "--sql", "a0000001:head")), /ALTER TYPE "mood" ADD VALUE IF NOT EXISTS 'happy' AFTER 'sad'/);
        // a statement after the autocommit block fails: the value is committed, the revision is not
        p.write(path, file.replace("// ### end of auto-generated commands ###", 'await op.execute("SELECT 1 / 0");\n  // ### end of auto-generated commands ###'));
        fails(p.athanor("upgrade", "head", "-q"), 1);
        assert.deepEqual(await db.query("SELECT version_num FROM athanor_version"), [{ version_num: "a0000001" }]);
        assert.deepEqual(await db.query("SELECT unnest(enum_range(NULL::mood))::text AS v"), [{ v: "sad" }, { v: "happy" }]);
        // fixed, it runs again from the start
        p.write(path, file);
        ok(p.athanor("upgrade", "head"), "upgrade after the fix");
        assert.deepEqual(await db.query("SELECT version_num FROM athanor_version"), [{ version_num: "b0000002" }]);
        assert.match(ok(p.athanor("check")), /No changes detected/);
    });
});
