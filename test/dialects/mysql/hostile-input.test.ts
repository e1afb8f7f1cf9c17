/**
 * Hostile and edge-case input on MariaDB through the built CLI, online and
 * as an offline script run by the `mariadb` client, each case a finding:
 * - a name with a character beyond U+FFFF is refused before the server
 *   sees it (the server refused it mid-revision);
 * - a foreign key or CHECK without a name on a table whose name leaves the
 *   server's `<table>_ibfk_1` no room gets a name that fits;
 * - text defaults on TEXT columns with non-ASCII or control characters fill
 *   rows with the value itself (MariaDB stored `_utf8mb4 X'c3a9'` as the
 *   text `xC3xA9`), an offline script run by a latin1 client keeps names and
 *   comments (SET NAMES), and `check` is clean for ENUM labels with a line
 *   break, a CHECK with `\_` and an emoji default the catalog shows as `?`;
 * - several statements, DELIMITER commands and a trigger body in one
 *   `op.execute` run online as in the offline script, in the same sql_mode
 *   (no IGNORE_SPACE added by the driver) and collation;
 * - drizzle's default names longer than 64 characters are shortened by
 *   autogenerate, and `check` is clean;
 * - the catalog is read right under ANSI_QUOTES.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { sql, t, table } from "../../../src/index.js";
import { REPO_ROOT } from "../../support/cli.js";
import { type MysqlTestDatabase, createMysqlTestDatabase, mysqlProjects, requireMysql } from "../../support/mysql-databases.js";
import { applyMysql, assertMysqlClean, compareMysql, withMysqlDb } from "./autogenerate-support.js";
import type { MigrationProject } from "../../support/project.js";

const skip = await requireMysql();

const extraDbs: MysqlTestDatabase[] = [];
after(async () => {
  for (const d of extraDbs) await d.drop();
});

async function otherDatabase(): Promise<MysqlTestDatabase> {
  const db = await createMysqlTestDatabase("athanor_hostile_off");
  extraDbs.push(db);
  return db;
}

/** Runs a script with the mariadb client (extra arguments: e.g. the client's character set). */
function runClient(db: MysqlTestDatabase, script: string, args: string[] = []): void {
  const run = spawnSync("mariadb", ["-h127.0.0.1", "-uroot", ...args, db.name], { input: script, encoding: "utf8" });
  assert.equal(run.status, 0, `${run.stderr}\n--- script ---\n${script}`);
}

/** SHOW CREATE TABLE of every table but the log (its rows differ by nature). */
async function schemaOf(db: MysqlTestDatabase): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const tables = await db.query<{ n: string }>("SELECT table_name AS n FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1");
  for (const { n } of tables) {
    if (n === "athanor_version_log") continue;
    const rows = await db.query<Record<string, string>>(`SHOW CREATE TABLE \`${n.replace(/`/g, "``")}\``);
    out[n] = String(rows[0]?.["Create Table"]).replace(/ AUTO_INCREMENT=\d+/, "");
  }
  return out;
}

function ok(r: { code: number; stdout: string; stderr: string }): string {
  assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** The project's offline script (`upgrade head --sql`) applied to a new database, which is returned. */
async function offlineCopy(p: MigrationProject, clientArgs: string[] = []): Promise<MysqlTestDatabase> {
  const script = ok(p.athanor("upgrade", "head", "--sql"));
  const off = await otherDatabase();
  runClient(off, script, clientArgs);
  return off;
}

describe("MariaDB: hostile names and values, online and offline", { skip: skip.skip }, () => {
  const fresh = mysqlProjects("athanor_hostile");
  const withModels = mysqlProjects("athanor_hostile_m", { models: ["./models.ts"] });

  test("a name with a character beyond U+FFFF (an emoji) is refused before the server sees it", async () => {
    const { db, p } = await fresh();
    p.rev("a1000001", null, {
      up: `  await op.createTable("emoji 🚀", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });`,
    });
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /identifier "emoji 🚀" holds a character beyond U\+FFFF \(such as an emoji\), which MySQL and MariaDB do not allow in names; none of its statements had committed/);
    assert.doesNotMatch(r.stderr, /Invalid utf8mb4 character string/);
    const script = p.athanor("upgrade", "head", "--sql");
    assert.equal(script.code, 1);
    assert.match(script.stderr, /beyond U\+FFFF/);
    assert.deepEqual(Object.keys(await schemaOf(db)), ["athanor_version"]);
  });

  test("a NUL in a value is refused with a reason that holds on MySQL too (it named PostgreSQL)", async () => {
    const { p } = await fresh();
    p.rev("a1000001", null, {
      up: `  await op.createTable("t", { columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "s", type: t.text() }] });
  await op.bulkInsert("t", [{ id: 1, s: "a\\u0000b" }]);`,
    });
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /contains a NUL character, which a text value cannot hold on every database \(PostgreSQL refuses it\); store such bytes as a Uint8Array in a binary column/);
  });

  test("a foreign key or CHECK without a name, on a table whose name leaves the server's own no room, is named to fit", async () => {
    const long = "a_table_whose_name_is_long_enough_to_break_server_made_names"; // 60 characters: `<table>_ibfk_1` would be 67
    const L = JSON.stringify(long);
    const { db, p } = await fresh();
    p.rev("a1000001", null, {
      up: `  await op.createTable("p", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });
  await op.createTable(${L}, {
    columns: [
      { name: "id", type: t.integer(), primaryKey: true },
      { name: "p1", type: t.integer(), references: { table: "p", column: "id" } },
      { name: "p2", type: t.integer() },
      { name: "p3", type: t.integer() },
    ],
    foreignKeys: [{ columns: ["p2"], refTable: "p", refColumns: ["id"] }],
    checks: [{ expression: "p1 > 0" }, { expression: "p2 > 0" }],
  });
  await op.addColumn(${L}, { name: "p4", type: t.integer(), references: { table: "p", column: "id" } });
  await op.createForeignKey(null, ${L}, ["p3"], "p", ["id"]);
  await op.createCheckConstraint(null, ${L}, "p3 > 0");
  await op.createTable("short", { columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "p", type: t.integer(), references: { table: "p", column: "id" } }] });`,
    });
    ok(p.athanor("upgrade", "head"));
    const online = await schemaOf(db);
    const names = [...(online[long] ?? "").matchAll(/CONSTRAINT `([^`]+)`/g)].map((m) => m[1]!);
    assert.equal(names.length, 7, online[long]);
    for (const n of names) assert.match(n, /^a_table_whose_name_is_long_enough_to_break_server_made__[0-9a-f]{8}$/);
    assert.equal(new Set(names).size, 7, "distinct names");
    // a table with room keeps the server's own name
    assert.match(online.short ?? "", /CONSTRAINT `short_ibfk_1` FOREIGN KEY/);
    assert.deepEqual(await schemaOf(await offlineCopy(p)), online);
  });

  test("text defaults with non-ASCII and control characters fill rows exactly; a latin1 client runs the script alike; check is clean", async () => {
    const values = ["é ü", "cr\rx", "crlf\r\nx", "\u001a ctrl-z", "tab\there", "it's \\ \\n", "日本語", "🚀 emoji"];
    const { db, p } = await withModels();
    p.write(
      "models.ts",
      `import { mysql, t, table } from "athanor";
const V = ${JSON.stringify(values)};
export const vals = table("vals", {
  columns: [
    { name: "id", type: t.integer(), primaryKey: true },
    ...V.map((v, i) => ({ name: \`v\${i}\`, type: t.varchar(40), default: v })),
    ...V.map((v, i) => ({ name: \`t\${i}\`, type: t.text(), default: v })),
    { name: "j", type: t.json(), default: { "k'": "é\\n" } },
    { name: "e", type: t.enum("e", ["a,b", "it's", "line\\nbreak", "back\\\\slash", "ü"]), default: "line\\nbreak" },
    { name: "s", type: mysql.set(["a", "it's", "back\\\\slash"]), default: "it's" },
    { name: "chk", type: t.varchar(20), default: "a" },
  ],
  checks: [{ name: "ck_like", expression: "chk NOT LIKE '%\\\\_%' AND chk <> 'x''y'" }],
  comment: "l'été ü ✓",
});
`,
    );
    ok(p.athanor("revision", "--autogenerate", "-m", "vals"));
    ok(p.athanor("upgrade", "head"));
    const off = await offlineCopy(p, ["--default-character-set=latin1"]);
    assert.deepEqual(await schemaOf(off), await schemaOf(db));
    for (const target of [db, off]) {
      await target.query("INSERT INTO vals (id) VALUES (1)");
      const [row] = await target.query<Record<string, unknown>>("SELECT * FROM vals");
      values.forEach((v, i) => {
        assert.equal(row?.[`v${i}`], v, `varchar default ${i} on ${target.name}`);
        assert.equal(row?.[`t${i}`], v, `text default ${i} on ${target.name}`);
      });
      assert.deepEqual(typeof row?.j === "string" ? JSON.parse(row.j) : row?.j, { "k'": "é\n" });
      assert.equal(row?.e, "line\nbreak");
      const [comment] = await target.query<{ c: string }>("SELECT table_comment AS c FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'vals'");
      assert.equal(comment?.c, "l'été ü ✓");
      const check = p.run(["check"], { env: { DATABASE_URL: target.url } });
      assert.equal(check.code, 0, `${check.stdout}\n${check.stderr}`);
      assert.match(check.stdout, /No changes detected/);
      // the catalog prints 4-byte characters as "?": reported as unverified, never as a change
      assert.match(check.stderr, /could not verify 2 comparisons by text.*default of vals\.v7.*default of vals\.t7/s);
    }
  });

  test("op.execute: several statements, DELIMITER commands and a trigger body run online as the offline script runs them", async () => {
    const { db, p } = await fresh();
    p.rev("a1000001", null, {
      up: `  await op.execute("CREATE TABLE e1 (id INT PRIMARY KEY, s TEXT); CREATE TABLE e2 (id INT PRIMARY KEY, n INT DEFAULT 0)");
  await op.execute("INSERT INTO e1 VALUES (1, 'a;b'), (2, 'it''s; -- no comment'); /* c; */ INSERT INTO e1 VALUES (3, 'back\\\\\\\\'); # x;\\nINSERT INTO e1 VALUES (4, $1)", ["p;$2?"]);
  await op.execute(\`CREATE TRIGGER tr_e1 AFTER INSERT ON e1 FOR EACH ROW
BEGIN
  UPDATE e2 SET n = n + 1 WHERE id = 1;
  IF NEW.s = 'x;y' THEN
    UPDATE e2 SET n = n + 100 WHERE id = 1;
  END IF;
END\`);
  await op.execute(\`DELIMITER //
CREATE PROCEDURE p1()
BEGIN
  SELECT 1; SELECT 'a;b';
END//
DELIMITER ;
INSERT INTO e2 (id) VALUES (1)\`);
  await op.execute("INSERT INTO e1 VALUES (5, 'x;y'); INSERT INTO e1 VALUES (6, $1)", ["$1"]);
  await op.execute("CREATE TABLE modes AS SELECT @@SESSION.sql_mode AS m, @@SESSION.collation_connection AS c");`,
    });
    ok(p.athanor("upgrade", "head"));
    const script = ok(p.athanor("upgrade", "head", "--sql"));
    assert.match(script, /^SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;$/m);
    assert.match(script, /DELIMITER \$\$\nCREATE TRIGGER tr_e1[\s\S]*END\n\$\$\nDELIMITER ;/);
    const off = await otherDatabase();
    runClient(off, script);
    const state = async (d: MysqlTestDatabase) => ({
      schema: await schemaOf(d),
      e1: await d.query("SELECT id, s FROM e1 ORDER BY id"),
      e2: await d.query("SELECT id, n FROM e2 ORDER BY id"),
      modes: await d.query("SELECT m, c FROM modes"),
      routines: await d.query("SELECT routine_name AS r, routine_definition AS d, sql_mode AS m, collation_connection AS c FROM information_schema.routines WHERE routine_schema = DATABASE()"),
      triggers: await d.query("SELECT trigger_name AS t, action_statement AS a, sql_mode AS m, collation_connection AS c FROM information_schema.triggers WHERE trigger_schema = DATABASE()"),
    });
    const online = await state(db);
    assert.deepEqual(
      online.e1.map((r) => (r as { s: string }).s),
      ["a;b", "it's; -- no comment", "back\\", "p;$2?", "x;y", "$1"],
    );
    assert.deepEqual(online.e2, [{ id: 1, n: 102 }]);
    assert.doesNotMatch(String((online.modes[0] as { m: string }).m), /IGNORE_SPACE/);
    assert.deepEqual(await state(off), online);
  });
});

describe("MariaDB: drizzle's default names over 64 characters", { skip: skip.skip }, () => {
  const fresh = mysqlProjects("athanor_hostile_names", { models: ["./models.ts"] });

  test("autogenerate shortens them, the revision runs online and offline, and check is clean", async () => {
    const { db, p } = await fresh();
    symlinkSync(join(REPO_ROOT, "node_modules"), join(p.dir, "node_modules"), "dir");
    p.write(
      "models.ts",
      `import { bigint, check, index, mysqlTable, serial, unique, varchar } from "drizzle-orm/mysql-core";
import { sql } from "drizzle-orm";
export const integrations = mysqlTable("workspace_integrations_with_a_rather_long_name", {
  id: serial("id").primaryKey(),
  name: varchar("name_of_the_integration_as_displayed_in_the_settings_page", { length: 100 }).notNull().unique(),
});
export const credentials = mysqlTable("workspace_integration_credentials_for_external_services", {
  id: serial("id").primaryKey(),
  integrationId: bigint("workspace_integration_id", { mode: "number", unsigned: true }).notNull().references(() => integrations.id),
  label: varchar("label_shown_to_users_in_the_credentials_management_screen", { length: 100 }).notNull(),
}, (t) => [
  index("credentials_by_workspace_integration_and_label_for_the_lookup_page").on(t.integrationId, t.label),
  unique().on(t.integrationId, t.label),
  check("label_not_empty_because_empty_labels_confuse_everyone_in_support_team", sql\`\${t.label} <> ''\`),
]);
`,
    );
    ok(p.athanor("revision", "--autogenerate", "-m", "long names"));
    const file = p.ls("migrations/versions").find((f) => f.endsWith("_long_names.ts"))!;
    const names = [...p.read(`migrations/versions/${file}`).matchAll(/\{ name: "([^"]+)", (?:columns|expression)/g)].map((m) => m[1]!);
    assert.equal(names.length, 5, names.join("\n"));
    for (const n of names) assert.ok([...n].length <= 64, n);
    assert.ok(names.includes("workspace_integrations_with_a_rather_long_name_name_of__06de7e5c"), names.join("\n"));
    ok(p.athanor("upgrade", "head"));
    assert.match(ok(p.athanor("check")), /No changes detected/);
    const off = await offlineCopy(p);
    assert.deepEqual(await schemaOf(off), await schemaOf(db));
  });
});

describe("MariaDB: the catalog read under ANSI_QUOTES", { skip: skip.skip }, () => {
  test("CHECKs, expression defaults and generated columns compare clean, and the session keeps its sql_mode", async () => {
    const models = {
      t1: table("t1", {
        columns: {
          id: { type: t.integer(), primaryKey: true },
          qty: { type: t.integer(), nullable: false, default: 1 },
          twice: { type: t.integer(), generated: { expression: sql("qty * 2"), stored: true } },
          code: { type: t.varchar(10), default: sql("(concat('a', 'b'))") },
        },
        checks: [{ name: "qty_positive", expression: "qty > 0 AND code <> 'x'" }],
      }),
    };
    await withMysqlDb(async ({ conn }) => {
      await applyMysql(conn, (await compareMysql(models, conn)).operations);
      await conn.query("SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',ANSI_QUOTES')");
      const [clause] = (await conn.query<{ c: string }>("SELECT check_clause AS c FROM information_schema.check_constraints WHERE constraint_schema = DATABASE()")).rows;
      assert.match(String(clause?.c), /"qty"/, "the server prints names in double quotes in this mode");
      await assertMysqlClean(conn, models);
      const [mode] = (await conn.query<{ m: string }>("SELECT @@SESSION.sql_mode AS m")).rows;
      assert.match(String(mode?.m), /ANSI_QUOTES/);
    });
  });
});
