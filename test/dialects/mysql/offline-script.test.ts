/**
 * `athanor upgrade --sql` on MySQL: the script, run through the `mariadb`
 * client, gives the same schema (SHOW CREATE TABLE of every table) and the
 * same version row as an online upgrade; `downgrade --sql` undoes it.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type MigrationProject, revisionPath, revisionSource } from "../../support/project.js";
import { type MysqlTestDatabase, mysqlProjects, requireMysql, runMariadbClient } from "../../support/mysql-databases.js";

const skip = await requireMysql();

const REVS: Array<[string, string | null, string, string]> = [
  [
    "a1000001",
    null,
    `  await op.createTable("Users \`x\`", {
    columns: [
      { name: "id", type: t.integer(), primaryKey: true, identity: "always" },
      { name: "e-mail", type: t.varchar(255), nullable: false, default: "it's \\\\ me", comment: "l'adresse" },
      { name: "status", type: t.enum("status", ["new", "o'k"]), nullable: false, default: "new" },
      { name: "score", type: mysql.int({ unsigned: true }), default: 0 },
      { name: "bio", type: t.text() },
      { name: "updated", type: t.timestamp(3), default: sql("CURRENT_TIMESTAMP(3)"), mysql: { onUpdateCurrentTimestamp: true } },
    ],
    indexes: [{ name: "ix bio", columns: ["bio"], mysql: { prefixLengths: { bio: 20 } } }],
    comment: "people, \\"quoted\\"",
    mysql: { engine: "InnoDB", charset: "utf8mb4", collation: "utf8mb4_unicode_ci" },
  });
  await op.bulkInsert("Users \`x\`", [{ "e-mail": "a\\\\b'c", status: "o'k" }, { "e-mail": "日本", score: 7 }]);`,
    `  await op.dropTable("Users \`x\`");`,
  ],
  [
    "b2000002",
    "a1000001",
    `  await op.addColumn("Users \`x\`", { name: "select", type: t.varchar(20), nullable: false, default: "?" });
  await op.alterColumn("Users \`x\`", "e-mail", { type: t.varchar(300), existingType: t.varchar(255), existingNullable: false, existingDefault: "it's \\\\ me", existingComment: "l'adresse" });
  await op.createIndex("ux select", "Users \`x\`", ["select", "e-mail"], { unique: true, mysql: { algorithm: "inplace", lock: "none" } });
  await op.execute("UPDATE \`Users \`\`x\`\`\` SET score = score + $1 WHERE \`e-mail\` <> $2", [1, "it's"]);
  await op.execute("CREATE TABLE notes (id INT PRIMARY KEY) -- a table for notes");
  await op.execute("CREATE TRIGGER notes_id BEFORE INSERT ON notes FOR EACH ROW\\nBEGIN\\n  IF (NEW.id < 0) THEN\\n    SET NEW.id = 0;\\n  END IF;\\nEND;\\nCREATE TABLE tags (id INT PRIMARY KEY) /*!40101 ENGINE=InnoDB */");`,
    `  await op.execute("DROP TABLE tags");
  await op.execute("DROP TABLE notes");
  await op.dropIndex("ux select", { table: "Users \`x\`" });
  await op.alterColumn("Users \`x\`", "e-mail", { type: t.varchar(255), existingType: t.varchar(300), existingNullable: false, existingDefault: "it's \\\\ me", existingComment: "l'adresse" });
  await op.dropColumn("Users \`x\`", "select");`,
  ],
];

describe("MySQL offline scripts through the mariadb client", { skip: skip.skip }, () => {
  const fresh = mysqlProjects("athanor_offline");

  async function project(): Promise<{ db: MysqlTestDatabase; p: MigrationProject }> {
    const { db, p } = await fresh();
    for (const [id, down, up, downBody] of REVS)
      p.write(
        revisionPath(id),
        revisionSource(id, down, { up, down: downBody }).replace(
          'import { type MigrationOps, sql, t } from "athanor";',
          'import { type MigrationOps, mysql, sql, t } from "athanor";\nvoid mysql;',
        ),
      );
    return { db, p };
  }

  async function schema(db: MysqlTestDatabase): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const tables = await db.query<{ n: string }>("SELECT table_name AS n FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1");
    for (const { n } of tables) {
      const rows = await db.query<Record<string, string>>(`SHOW CREATE TABLE \`${n.replace(/`/g, "``")}\``);
      out[n] = String(rows[0]?.["Create Table"]).replace(/ AUTO_INCREMENT=\d+/, "");
    }
    out.versions = (await db.query<{ v: string }>("SELECT version_num AS v FROM athanor_version")).map((r) => r.v);
    if (tables.some((t) => t.n === "Users `x`"))
      out.rows = await db.query("SELECT `e-mail` AS e, status, score FROM `Users ``x``` ORDER BY id");
    return out;
  }


  test("upgrade --sql gives the schema and version of an online upgrade; downgrade --sql undoes it", async () => {
    const online = await project();
    const r1 = online.p.athanor("upgrade", "head");
    assert.equal(r1.code, 0, r1.stderr);

    const offline = await project();
    const up = offline.p.athanor("upgrade", "head", "--sql");
    assert.equal(up.code, 0, up.stderr);
    assert.doesNotMatch(up.stdout, /START TRANSACTION;\s*\n\s*-- .*\n\s*CREATE TABLE/, "DDL is not framed as if it rolled back");
    runMariadbClient(offline.db, up.stdout);
    assert.deepEqual(await schema(offline.db), await schema(online.db));

    const down = offline.p.athanor("downgrade", "a1000001:base", "--sql");
    assert.equal(down.code, 0, down.stderr);
    const back = offline.p.athanor("downgrade", "head:a1000001", "--sql");
    assert.equal(back.code, 0, back.stderr);
    runMariadbClient(offline.db, back.stdout);
    const r2 = online.p.athanor("downgrade", "a1000001");
    assert.equal(r2.code, 0, r2.stderr);
    assert.deepEqual(await schema(offline.db), await schema(online.db));
  });

  test("stamp --sql through the client records the head without touching the schema", async () => {
    const { db, p } = await project();
    const r = p.athanor("stamp", "head", "--sql");
    assert.equal(r.code, 0, r.stderr);
    runMariadbClient(db, r.stdout);
    const s = await schema(db);
    assert.deepEqual(s.versions, ["b2000002"]);
    assert.equal("Users `x`" in s, false);
  });
});
