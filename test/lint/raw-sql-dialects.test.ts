/**
 * `athanor lint` reads the SQL of `op.execute` on MySQL and SQLite (which
 * have no parser package) with their own tokens: a statement that amounts
 * to an operation is checked like it, so histories written as SQL (drizzle-kit
 * migrations wrapped in revisions) are not waved through. And MySQL's own
 * dangers: a type change that copies the table, a FULLTEXT index.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { revisionFile, TempProject, URL_FREE_ENV } from "../support/cli.js";

const projects: TempProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

interface Finding {
  ruleId: string;
  message: string;
  line: number;
  revision: string;
  direction: string;
}

function project(url: string, files: Record<string, string>): TempProject {
  const p = new TempProject("athanor-lint-raw-");
  projects.push(p);
  p.write("athanor.config.ts", `export default { url: ${JSON.stringify(url)} };\n`);
  for (const [name, text] of Object.entries(files)) p.write(`migrations/versions/${name}`, text);
  return p;
}

function lintJson(p: TempProject): { code: number | null; findings: Finding[]; stderr: string } {
  const r = p.run(["lint", "--format", "json"], { env: URL_FREE_ENV });
  const parsed = r.stdout ? (JSON.parse(r.stdout) as { findings: Finding[] }) : { findings: [] };
  return { code: r.code, findings: parsed.findings, stderr: r.stderr };
}

const brief = (findings: Finding[], revision: string) =>
  findings
    .filter((f) => f.revision === revision)
    .map((f) => `${f.line} ${f.ruleId}`)
    .sort();

const MYSQL_USERS = revisionFile({
  rev: "a1",
  down: null,
  upgrade: "  await op.execute(\"CREATE TABLE `users` (id BIGINT PRIMARY KEY AUTO_INCREMENT, email VARCHAR(200), bio TEXT, age VARCHAR(10))\");",
});

describe("lint reads op.execute SQL on MySQL", () => {
  test("drops, renames, NOT NULL without a default, type changes and FULLTEXT indexes in SQL are found; comments, strings and ALGORITHM=INPLACE are not", () => {
    const p = project("mysql://root@127.0.0.1:1/never_connected", {
      "a1_users.ts": MYSQL_USERS,
      "b2_sql.ts": revisionFile({
        rev: "b2",
        down: "a1",
        upgrade: [
          "  await op.execute(`", // line 14
          "ALTER TABLE \\`users\\` MODIFY \\`age\\` INT;",
          "ALTER TABLE users MODIFY email VARCHAR(250) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;",
          "ALTER TABLE users CHANGE COLUMN bio about TEXT, ADD COLUMN flag INT NOT NULL;",
          "CREATE FULLTEXT INDEX ft_about ON users (about);",
          "# DROP TABLE users;",
          "-- DROP TABLE users;",
          "INSERT INTO users (email) VALUES ('x; DROP TABLE users');",
          "DELIMITER $$",
          "CREATE TRIGGER trg BEFORE INSERT ON users FOR EACH ROW BEGIN SET NEW.email = LOWER(NEW.email); DROP TABLE nope; END$$",
          "DELIMITER ;",
          "ALTER TABLE users DROP COLUMN about;",
          "RENAME TABLE users TO people;",
          "`);",
        ].join("\n"),
      }),
      "c3_ops.ts": revisionFile({
        rev: "c3",
        down: "b2",
        upgrade: [
          `  await op.alterColumn("people", "email", { type: { kind: "varchar", length: 300 }, existingType: { kind: "varchar", length: 250 } });`,
          `  await op.alterColumn("people", "email", { type: { kind: "varchar", length: 20 }, existingType: { kind: "varchar", length: 300 } });`,
          `  await op.alterColumn("people", "age", { type: { kind: "bigint" }, mysql: { algorithm: "inplace" } });`,
          '  await op.execute("ALTER TABLE people RENAME persons; ALTER TABLE persons RENAME INDEX ix TO ix2");',
        ].join("\n"),
      }),
    });
    const r = lintJson(p);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(brief(r.findings, "a1"), [], "a revision that creates its table in SQL is clean");
    assert.deepEqual(brief(r.findings, "b2"), [
      "15 type-change-copies-table",
      "16 one-ddl-per-revision",
      "17 ban-rename",
      "17 not-null-without-default",
      "17 one-ddl-per-revision",
      // CHANGE COLUMN bio about TEXT keeps the type a1 gave it (the history is replayed): a rename, done in place
      "18 index-blocks-writes",
      "18 one-ddl-per-revision",
      "23 one-ddl-per-revision",
      "25 ban-drop",
      "25 one-ddl-per-revision",
      "26 ban-rename",
      "26 one-ddl-per-revision",
    ]);
    const b2 = r.findings.filter((f) => f.revision === "b2");
    assert.match(b2.find((f) => f.ruleId === "ban-rename" && f.line === 17)?.message ?? "", /column users\.bio is renamed to about/);
    assert.match(b2.find((f) => f.ruleId === "ban-drop")?.message ?? "", /column users\.about is dropped/);
    // MySQL adds the column to a table with rows (it fills in 0): the message does not say it fails there
    assert.match(b2.find((f) => f.ruleId === "not-null-without-default")?.message ?? "", /MySQL stores 0 or '' in them\), and the running application's inserts, which don't name it, fail$/);
    // one statement with two actions is one schema change: 7 statements, the first not reported
    assert.match(b2.find((f) => f.ruleId === "one-ddl-per-revision" && f.line === 26)?.message ?? "", /schema change 7 of 7/);
    // a longer VARCHAR within the same length prefix is in place; a shorter one copies; ALGORITHM=INPLACE makes the server refuse instead
    const c3 = r.findings.filter((f) => f.revision === "c3" && f.ruleId === "type-change-copies-table");
    assert.deepEqual(c3.map((f) => f.message.replace(/:.*/, "")), ["the type of people.email changes from varchar(300) to varchar(20)"]);
    // MySQL's ALTER TABLE … RENAME new_name is a table rename; RENAME INDEX is not
    assert.deepEqual(
      r.findings.filter((f) => f.revision === "c3" && f.ruleId === "ban-rename").map((f) => f.message.replace(/:.*/, "")),
      ["table people is renamed to persons"],
    );
  });
});

describe("lint: MODIFY … ENUM(…) in op.execute on MySQL", () => {
  const one = (rev: string, down: string | null, sql: string) => revisionFile({ rev, down, upgrade: `  await op.execute(${JSON.stringify(sql)});` });

  test("appending at the end of a list the history made is instant (silent); a reorder copies; an unknown list says what is safe", () => {
    const p = project("mysql://root@127.0.0.1:1/never_connected", {
      "a1.ts": one("a1", null, "CREATE TABLE t (id INT PRIMARY KEY, status ENUM('Active','Gone') NOT NULL)"),
      // the values keep their case: 'Active' is not 'active'
      "b2.ts": one("b2", "a1", "ALTER TABLE t MODIFY status ENUM('Active','Gone','Paused') NOT NULL"),
      "c3.ts": one("c3", "b2", "ALTER TABLE t MODIFY status ENUM('Gone','Active','Paused') NOT NULL"),
      "d4.ts": one("d4", "c3", "ALTER TABLE legacy MODIFY kind ENUM('x','y','z')"),
      "e5.ts": one("e5", "d4", "ALTER TABLE legacy MODIFY kind ENUM('z','y'), ALGORITHM=INSTANT"),
      "f6.ts": revisionFile({
        rev: "f6",
        down: "e5",
        upgrade: [
          "  await op.execute(\"ALTER TABLE other MODIFY kind ENUM('a','b')\");",
          "  await op.execute(\"ALTER TABLE other MODIFY kind ENUM('a','b','c')\");",
          "  await op.execute(\"ALTER TABLE other MODIFY kind ENUM('b','c')\");",
        ].join("\n"),
      }),
    });
    const r = lintJson(p);
    assert.equal(r.code, 1, r.stderr);
    const enums = (rev: string) => r.findings.filter((f) => f.revision === rev && f.ruleId !== "one-ddl-per-revision");
    assert.deepEqual(enums("b2"), [], "appended at the end of the list a1 made: in place");
    assert.deepEqual(enums("c3").map((f) => `${f.ruleId}: ${f.message}`), [
      "enum-change-copies-table: the enum of t.status changes and values are removed, reordered or inserted: the table is copied while writes wait",
    ]);
    assert.deepEqual(enums("d4").map((f) => `${f.ruleId}: ${f.message}`), [
      "enum-change-copies-table: the enum of legacy.kind is redefined (MODIFY/CHANGE) and its values before are unknown: appending values at the end is instant, while removing, reordering or inserting values copies the table while writes wait; add ALGORITHM=INSTANT to the statement so that the server refuses a copy",
    ]);
    assert.ok(!r.findings.some((f) => f.ruleId === "type-change-copies-table"), "an ENUM is not a generic type change");
    assert.deepEqual(enums("e5"), [], "ALGORITHM=INSTANT: the server refuses a copy");
    // within one revision, an earlier statement tells the list: unknown, then an append (silent), then a removal
    assert.deepEqual(enums("f6").map((f) => `${f.line} ${f.message.replace(/:.*/, "")}`), [
      "14 the enum of other.kind is redefined (MODIFY/CHANGE) and its values before are unknown",
      "16 the enum of other.kind changes and values are removed, reordered or inserted",
    ]);
  });
});

describe("lint reads op.execute SQL on SQLite", () => {
  test("a drizzle-kit rebuild: its PRAGMA foreign_keys (what each step does anyway) and the DROP of the table it replaces are no findings; other drops and renames in SQL are", () => {
    const p = project("sqlite:./app.db", {
      "a1_base.ts": revisionFile({
        rev: "a1",
        down: null,
        upgrade: [
          "  await op.execute(`CREATE TABLE [page] (id INTEGER PRIMARY KEY, title TEXT);",
          'CREATE TABLE "subscriber" ("id" INTEGER PRIMARY KEY, "page_id" INTEGER REFERENCES "page"("id"), "email" TEXT);`);',
        ].join("\n"),
      }),
      "b2_rebuild.ts": revisionFile({
        rev: "b2",
        down: "a1",
        upgrade: [
          '  await op.execute("PRAGMA foreign_keys=OFF");',
          '  await op.execute("CREATE TABLE `__new_subscriber` (`id` integer PRIMARY KEY NOT NULL, `page_id` integer NOT NULL, `email` text, FOREIGN KEY (`page_id`) REFERENCES `page`(`id`))");',
          '  await op.execute("INSERT INTO `__new_subscriber`(`id`, `page_id`, `email`) SELECT `id`, `page_id`, `email` FROM `subscriber`");',
          '  await op.execute("DROP TABLE `subscriber`");',
          '  await op.execute("ALTER TABLE `__new_subscriber` RENAME TO `subscriber`");',
          '  await op.execute("PRAGMA foreign_keys=ON");',
        ].join("\n"),
      }),
      "c3_more.ts": revisionFile({
        rev: "c3",
        down: "b2",
        upgrade: [
          '  await op.execute("ALTER TABLE subscriber DROP COLUMN email; ALTER TABLE `page` RENAME COLUMN title TO name");',
          '  await op.execute("ALTER TABLE page ADD COLUMN slug TEXT NOT NULL; DROP TABLE IF EXISTS [subscriber]");',
          '  await op.alterColumn("page", "name", { nullable: false, existingType: { kind: "text" } });',
        ].join("\n"),
      }),
    });
    const r = lintJson(p);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(brief(r.findings, "a1"), []);
    assert.deepEqual(brief(r.findings, "b2"), []);
    assert.deepEqual(brief(r.findings, "c3"), ["14 ban-drop", "14 ban-rename", "15 ban-drop", "15 not-null-without-default", "16 table-rebuild"]);
    // the foreign key written in SQL (a1, then the rebuilt table in b2) is seen: page is referenced
    assert.match(r.findings.find((f) => f.ruleId === "table-rebuild")?.message ?? "", /rebuilds table page \(referenced by subscriber\)/);
    assert.ok(!p.ls(".").includes("app.db"), "lint never opens the database");
  });

  test("a rebuild written in SQL is table-rebuild's as op.* rebuilds are: reported on a referenced table, silent on one nothing references", () => {
    const sqlRebuild = (table: string, columns: string, copy: string) =>
      [
        `  await op.execute("CREATE TABLE \`__new_${table}\` (${columns})");`,
        `  await op.execute("INSERT INTO \`__new_${table}\` SELECT ${copy} FROM \`${table}\`");`,
        `  await op.execute("DROP TABLE \`${table}\`");`,
        `  await op.execute("ALTER TABLE \`__new_${table}\` RENAME TO \`${table}\`");`,
      ].join("\n");
    const p = project("sqlite:./app.db", {
      "a1_base.ts": revisionFile({
        rev: "a1",
        down: null,
        upgrade: [
          '  await op.execute("CREATE TABLE page (id INTEGER PRIMARY KEY, title TEXT)");',
          '  await op.execute("CREATE TABLE subscriber (id INTEGER PRIMARY KEY, page_id INTEGER REFERENCES page (id), email TEXT)");',
        ].join("\n"),
      }),
      // nothing references subscriber: its rebuild, by hand or by op.alterColumn, is not reported
      "b2_subscriber.ts": revisionFile({ rev: "b2", down: "a1", upgrade: sqlRebuild("subscriber", "id INTEGER PRIMARY KEY, page_id INTEGER REFERENCES page (id), email TEXT NOT NULL", "id, page_id, email") }),
      "c3_subscriber.ts": revisionFile({ rev: "c3", down: "b2", upgrade: '  await op.alterColumn("subscriber", "email", { nullable: true });' }),
      // subscriber references page: both ways are reported, once, with the referencing table
      "d4_page.ts": revisionFile({ rev: "d4", down: "c3", upgrade: sqlRebuild("page", "id INTEGER PRIMARY KEY, title TEXT NOT NULL", "id, title") }),
      "e5_page.ts": revisionFile({ rev: "e5", down: "d4", upgrade: '  await op.alterColumn("page", "title", { nullable: true });' }),
      // renamed away, a new table under the name, the rows copied: a rebuild too
      "f6_page.ts": revisionFile({
        rev: "f6",
        down: "e5",
        upgrade: [
          '  await op.execute("ALTER TABLE page RENAME TO page_old");',
          '  await op.execute("CREATE TABLE page (id INTEGER PRIMARY KEY, title TEXT NOT NULL)");',
          '  await op.execute("INSERT INTO page SELECT id, title FROM page_old");',
        ].join("\n"),
      }),
    });
    const r = lintJson(p);
    const rebuilds = r.findings.filter((f) => f.ruleId === "table-rebuild").map((f) => `${f.revision} ${f.line} ${f.message.replace(/:.*/, "")}`);
    assert.deepEqual(rebuilds, [
      "d4 16 replacing it with a copy (a new table renamed to its name) rebuilds table page (referenced by subscriber)",
      "e5 14 altering column title rebuilds table page (referenced by subscriber)",
      "f6 14 replacing it with a copy (a new table renamed to its name) rebuilds table page (referenced by subscriber)",
    ]);
    assert.ok(!r.findings.some((f) => f.ruleId === "ban-drop" || f.ruleId === "ban-rename"), JSON.stringify(r.findings));
  });
});
