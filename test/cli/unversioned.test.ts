/**
 * The unversioned-database check (tables but no version table) looks only at
 * the schemas the configuration manages, and its way out fits the project: with
 * no revisions yet, the baseline recipe.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { revisionFile } from "../support/cli.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { createMysqlTestDatabase, requireMysql } from "../support/mysql-databases.js";
import { fails, ok, withProject } from "./helpers.js";

const TENANT_CONFIG = `export default {
  searchPath: "acme",
  includeSchemas: ["acme"],
  versionTableSchema: "acme",
};
`;

const CREATE_ITEMS = revisionFile({
  rev: "a0000001",
  down: null,
  message: "items",
  upgrade: `  await op.execute("CREATE TABLE items (id int PRIMARY KEY)");`,
  downgrade: `  await op.execute("DROP TABLE items");`,
});

describe("unversioned databases", { concurrency: true }, async () => {
  const opts = await requirePostgres();

  test("a tenant configured to its own schema is not stopped by a table in public", opts, async () => {
    const db = await createTestDatabase();
    try {
      await db.query("CREATE TABLE public.unrelated (id int); CREATE SCHEMA acme");
      await withProject(async (p) => {
        p.write("athanor.config.ts", TENANT_CONFIG);
        p.write("migrations/versions/a0000001_items.ts", CREATE_ITEMS);
        ok(p.run(["upgrade", "head", "--url", db.url]));
      });
      const rows = await db.query<{ t: string | null; v: string }>("SELECT to_regclass('acme.items')::text AS t, (SELECT version_num FROM acme.athanor_version) AS v");
      assert.deepEqual(rows, [{ t: "acme.items", v: "a0000001" }]);
    } finally {
      await db.drop();
    }
  });

  test("a table in the tenant's own schema is refused, naming only that one", opts, async () => {
    const db = await createTestDatabase();
    try {
      await db.query("CREATE TABLE public.unrelated (id int); CREATE SCHEMA acme; CREATE TABLE acme.legacy (id int)");
      await withProject(async (p) => {
        p.write("athanor.config.ts", TENANT_CONFIG);
        p.write("migrations/versions/a0000001_items.ts", CREATE_ITEMS);
        const msg = fails(p.run(["upgrade", "head", "-q", "--url", db.url]));
        assert.match(msg, /the database has tables \(acme\.legacy\) but no version table acme\.athanor_version/);
        assert.match(msg, /if its schema matches a revision, record that with 'athanor stamp <revision>'/);
        assert.match(msg, /docs\/deploy\.md/);
      });
      assert.deepEqual(await db.query("SELECT to_regclass('acme.items') AS t"), [{ t: null }], "nothing ran");
    } finally {
      await db.drop();
    }
  });

  test("without schema settings the default schema counts, as before", opts, async () => {
    const db = await createTestDatabase();
    try {
      await db.query("CREATE TABLE public.legacy (id int)");
      await withProject(async (p) => {
        p.write("migrations/versions/a0000001_items.ts", CREATE_ITEMS);
        assert.match(fails(p.run(["upgrade", "head", "-q", "--url", db.url])), /tables \(public\.legacy\)/);
      });
    } finally {
      await db.drop();
    }
  });

  test("no revisions yet: the message gives the baseline recipe, not 'matches a revision'", opts, async () => {
    const db = await createTestDatabase();
    try {
      await db.query("CREATE TABLE public.legacy (id int)");
      await withProject(async (p) => {
        p.write("migrations/versions/.keep", "");
        const msg = fails(p.run(["upgrade", "head", "-q", "--url", db.url]));
        assert.doesNotMatch(msg, /matches a revision/);
        assert.match(msg, /there are no revisions yet/);
        assert.match(msg, /athanor revision --autogenerate -m baseline --url pglite:memory/);
        assert.match(msg, /athanor stamp head/);
        assert.match(msg, /docs\/deploy\.md/);
      });
    } finally {
      await db.drop();
    }
  });

  test("MySQL, no revisions yet: the baseline recipe asks for an empty database's URL (there is no in-memory one)", await requireMysql(), async () => {
    const db = await createMysqlTestDatabase();
    try {
      await db.query("CREATE TABLE legacy (id int PRIMARY KEY)");
      await withProject(async (p) => {
        p.write("migrations/versions/.keep", "");
        const msg = fails(p.run(["upgrade", "head", "-q", "--url", db.url]));
        assert.match(msg, /athanor revision --autogenerate -m baseline --url <the URL of an empty database>/);
        assert.match(msg, /docs\/deploy\.md/);
      });
    } finally {
      await db.drop();
    }
  });

  test("the baseline recipe of docs/deploy.md runs end to end: autogenerate against pglite:memory, stamp, check", opts, async () => {
    const db = await createTestDatabase();
    try {
      await db.query("CREATE TABLE public.legacy (id bigint PRIMARY KEY, name text NOT NULL)");
      await withProject(async (p) => {
        p.write("migrations/versions/.keep", "");
        p.write("athanor.config.ts", `export default { models: ["./models.ts"] };\n`);
        p.write(
          "models.ts",
          `import { table, t } from "athanor";\nexport const legacy = table("legacy", { columns: { id: { type: t.bigint(), primaryKey: true }, name: { type: t.text(), nullable: false } } });\n`,
        );
        ok(p.run(["revision", "--autogenerate", "-m", "baseline", "--url", "pglite:memory"]));
        // 'check' before 'stamp': the way on is stamp, not 'upgrade heads' (which would refuse the unversioned database)
        const early = p.run(["check", "-q", "--url", db.url]);
        assert.equal(early.code, 3, early.stderr);
        assert.match(early.stderr, /error: the database has tables but no version table athanor_version \(not applied: \w+\), so the models were not compared; if it already has the schema of the heads \(a database being adopted\), record that with 'athanor stamp head'/);
        ok(p.run(["stamp", "head", "--url", db.url]));
        ok(p.run(["check", "--url", db.url]));
        ok(p.run(["upgrade", "head", "--url", db.url]));
      });
      const rows = await db.query<{ n: string }>("SELECT count(*)::text AS n FROM athanor_version");
      assert.deepEqual(rows, [{ n: "1" }]);
    } finally {
      await db.drop();
    }
  });

  test("'stamp base' records a database as at base (an empty version table), so the first revision runs against its tables", opts, async () => {
    const db = await createTestDatabase();
    try {
      await db.query("CREATE TABLE public.legacy (id int)");
      await withProject(async (p) => {
        p.write(
          "migrations/versions/a0000001_legacy.ts",
          revisionFile({ rev: "a0000001", down: null, upgrade: `  await op.execute("ALTER TABLE legacy ADD COLUMN note text");`, downgrade: `  await op.execute("ALTER TABLE legacy DROP COLUMN note");` }),
        );
        assert.match(fails(p.run(["upgrade", "head", "-q", "--url", db.url])), /or with 'athanor stamp base' if the first revision is written against the schema as it is/);
        const stamped = p.run(["stamp", "base", "--url", db.url]);
        assert.equal(stamped.code, 0, stamped.stderr);
        assert.match(stamped.stderr + stamped.stdout, /Created the version table athanor_version, empty: the database is recorded at base/);
        assert.deepEqual(await db.query("SELECT count(*)::int AS n FROM athanor_version"), [{ n: 0 }]);
        ok(p.run(["upgrade", "head", "--url", db.url]));
      });
      const rows = await db.query<{ c: string; v: string }>(
        "SELECT (SELECT column_name FROM information_schema.columns WHERE table_name = 'legacy' AND column_name = 'note') AS c, (SELECT version_num FROM athanor_version) AS v",
      );
      assert.deepEqual(rows, [{ c: "note", v: "a0000001" }]);
    } finally {
      await db.drop();
    }
  });
});
