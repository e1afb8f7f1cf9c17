/**
 * The MySQL/MariaDB lint rules against what the server does: each ALTER of an
 * existing table is linted (offline, as `athanor lint` does), then run on the
 * real server with `ALGORITHM=INPLACE, LOCK=NONE`, which the server refuses
 * exactly when it would copy the table or block writes. A finding must come
 * with a refusal, and a clean statement with an online change. The table is
 * small: the refusal, not the time, is what is asserted.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { revisionFile, TempProject, URL_FREE_ENV } from "../support/cli.js";
import { createMysqlTestDatabase, type MysqlTestDatabase, requireMysql } from "../support/mysql-databases.js";

const TABLE =
  "CREATE TABLE p (id INT NOT NULL PRIMARY KEY, a INT NOT NULL, v VARCHAR(50) CHARACTER SET utf8mb4, vl VARCHAR(200) CHARACTER SET latin1, " +
  "n INT NULL, e ENUM('x','y','z'), body TEXT, c CHAR(10) CHARACTER SET latin1, KEY ix_n (n)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";

/** [the ALTER TABLE p action, the rule lint reports (null: none)]. */
const CASES: readonly (readonly [string, string | null])[] = [
  ["ADD COLUMN x INT AFTER a", null],
  ["ADD COLUMN g INT AS (a + 1) VIRTUAL", null],
  ["ADD COLUMN g INT AS (a + 1) STORED", "alter-copies-table"],
  ["ADD COLUMN id2 BIGINT NOT NULL AUTO_INCREMENT, ADD UNIQUE KEY uq_id2 (id2)", "alter-copies-table"],
  ["ADD CONSTRAINT fk_n FOREIGN KEY (n) REFERENCES parent (id)", "alter-copies-table"],
  ["ADD CONSTRAINT ck_a CHECK (a > 0)", "alter-copies-table"],
  ["DROP PRIMARY KEY", "alter-copies-table"],
  ["DROP PRIMARY KEY, ADD PRIMARY KEY (id, a)", null],
  ["CONVERT TO CHARACTER SET utf8mb4", "alter-copies-table"],
  ["MODIFY c CHAR(10) CHARACTER SET utf8mb4", "type-change-copies-table"],
  ["MODIFY v VARCHAR(50) CHARACTER SET latin1", "type-change-copies-table"],
  ["MODIFY v VARCHAR(60) CHARACTER SET utf8mb4", null],
  ["MODIFY v VARCHAR(64) CHARACTER SET utf8mb4", "type-change-copies-table"],
  ["MODIFY vl VARCHAR(255) CHARACTER SET latin1", null],
  ["MODIFY vl VARCHAR(256) CHARACTER SET latin1", "type-change-copies-table"],
  // no CHARACTER SET: the column takes the table's (utf8mb4)
  ["MODIFY vl VARCHAR(200)", "type-change-copies-table"],
  ["MODIFY v VARCHAR(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin", null],
  ["MODIFY n INT NOT NULL", null],
  ["MODIFY e ENUM('x','y','z','w')", null],
  ["MODIFY e ENUM('x','w','y','z')", "enum-change-copies-table"],
  ["ADD INDEX ix_a (a)", null],
  ["ADD FULLTEXT INDEX ft (body)", "index-blocks-writes"],
];

function lintFindings(action: string, prelude = ""): string[] {
  const p = new TempProject("athanor-lint-agrees-");
  try {
    p.write("athanor.config.ts", `export default { url: "mysql://root@127.0.0.1:1/never_connected" };\n`);
    p.write(
      "migrations/versions/a1_init.ts",
      revisionFile({ rev: "a1", down: null, upgrade: `  await op.execute("CREATE TABLE parent (id INT PRIMARY KEY)");\n  await op.execute(${JSON.stringify(TABLE)});` }),
    );
    p.write(
      "migrations/versions/b2_change.ts",
      revisionFile({ rev: "b2", down: "a1", upgrade: `${prelude}  await op.execute(${JSON.stringify(`ALTER TABLE p ${action}`)});` }),
    );
    const r = p.run(["lint", "--format", "json"], { env: URL_FREE_ENV });
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; revision: string }[] }).findings;
    return findings.filter((f) => f.revision === "b2" && f.ruleId !== "one-ddl-per-revision").map((f) => f.ruleId);
  } finally {
    p.cleanup();
  }
}

describe("type-change-copies-table: the character set of op.alterColumn", () => {
  test("a charset other than existingMysql's is a copy; the same, or no existingMysql, is not", () => {
    const p = new TempProject("athanor-lint-charset-");
    try {
      p.write("athanor.config.ts", `export default { url: "mysql://root@127.0.0.1:1/never_connected" };\n`);
      const v = `{ kind: "varchar", length: 50 }`;
      p.write("migrations/versions/a1_init.ts", revisionFile({ rev: "a1", down: null, upgrade: `  await op.execute("CREATE TABLE p (id INT PRIMARY KEY, v VARCHAR(50))");` }));
      p.write(
        "migrations/versions/b2_change.ts",
        revisionFile({
          rev: "b2",
          down: "a1",
          upgrade: [
            `  await op.alterColumn("p", "v", { type: ${v}, existingType: ${v}, mysql: { charset: "latin1" }, existingMysql: { charset: "utf8mb4" } });`,
            `  await op.alterColumn("p", "v", { type: ${v}, existingType: ${v}, mysql: { charset: "latin1" }, existingMysql: { charset: "latin1" } });`,
            `  await op.alterColumn("p", "v", { type: ${v}, existingType: ${v}, mysql: { charset: "latin1" } });`,
          ].join("\n"),
        }),
      );
      const r = p.run(["lint", "--format", "json"], { env: URL_FREE_ENV });
      const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; line: number; message: string }[] }).findings;
      const copies = findings.filter((f) => f.ruleId === "type-change-copies-table");
      assert.equal(copies.length, 1, JSON.stringify(findings));
      assert.match(copies[0]?.message ?? "", /character set of p\.v changes from utf8mb4 to latin1/);
    } finally {
      p.cleanup();
    }
  });
});

describe("MySQL/MariaDB lint rules agree with the server's ALGORITHM=INPLACE, LOCK=NONE", async () => {
  const skip = (await requireMysql()).skip;
  let db: MysqlTestDatabase;
  before(async () => {
    if (skip) return;
    db = await createMysqlTestDatabase("athanor_lint_agrees");
    await db.query("CREATE TABLE parent (id INT PRIMARY KEY)");
    await db.query("INSERT INTO parent VALUES (1), (2), (3)");
  });
  after(async () => {
    if (!skip) await db.drop();
  });

  for (const [action, rule] of CASES) {
    test(`ALTER TABLE p ${action}: ${rule ?? "nothing"}`, { skip }, async () => {
      assert.deepEqual(lintFindings(action), rule ? [rule] : []);
      const c = await db.connect();
      try {
        await c.query("DROP TABLE IF EXISTS p");
        await c.query(TABLE);
        await c.query("INSERT INTO p (id, a, v, vl, n, e, body, c) VALUES (1, 1, 'v', 'l', 1, 'x', 'some text', 'c'), (2, 2, 'w', 'm', 2, 'y', 'more text', 'd')");
        const online = await c.query(`ALTER TABLE p ${action}, ALGORITHM=INPLACE, LOCK=NONE`).then(
          () => null,
          (e: Error) => e.message,
        );
        if (rule) assert.match(online ?? "the server did it online", /is not supported/);
        else assert.equal(online, null);
      } finally {
        await c.end();
      }
    });
  }

  test("drizzle-kit's `--> statement-breakpoint` is no comment on the server, and lint says so (sql-syntax)", { skip }, async () => {
    const sql = "CREATE TABLE z1 (id INT PRIMARY KEY);--> statement-breakpoint\nCREATE TABLE z2 (id INT PRIMARY KEY);";
    const p = new TempProject("athanor-lint-breakpoint-");
    try {
      p.write("athanor.config.ts", `export default { url: "mysql://root@127.0.0.1:1/never_connected" };\n`);
      p.write("migrations/versions/a1_init.ts", revisionFile({ rev: "a1", down: null, upgrade: `  await op.execute(${JSON.stringify(sql)});` }));
      const r = p.run(["lint", "--format", "json"], { env: URL_FREE_ENV });
      const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; message: string }[] }).findings;
      assert.deepEqual(
        findings.map((f) => f.ruleId),
        ["sql-syntax"],
      );
      assert.match(findings[0]?.message ?? "", /`--> statement-breakpoint` is not a comment on MySQL/);
      // a comment as MySQL means it ("-- " with a space) is not reported
      p.write("migrations/versions/a1_init.ts", revisionFile({ rev: "a1", down: null, upgrade: `  await op.execute(${JSON.stringify(sql.replace("-->", "-- >"))});` }));
      const clean = p.run(["lint", "--format", "json"], { env: URL_FREE_ENV });
      assert.deepEqual((JSON.parse(clean.stdout) as { findings: unknown[] }).findings, []);
    } finally {
      p.cleanup();
    }
    const c = await db.connect();
    try {
      await assert.rejects(c.query("--> statement-breakpoint\nCREATE TABLE z2 (id INT PRIMARY KEY)"), /SQL syntax/);
    } finally {
      await c.end();
    }
  });

  test("a foreign key after SET foreign_key_checks = 0 is added in place, and lint lets it pass", { skip }, async () => {
    const fk = "ADD CONSTRAINT fk_n FOREIGN KEY (n) REFERENCES parent (id)";
    assert.deepEqual(lintFindings(fk, `  await op.execute("SET foreign_key_checks = 0");\n`), []);
    assert.deepEqual(lintFindings(`${fk}, ALGORITHM=INPLACE`), []);
    const c = await db.connect();
    try {
      await c.query("DROP TABLE IF EXISTS p");
      await c.query(TABLE);
      await c.query("SET foreign_key_checks = 0");
      await c.query(`ALTER TABLE p ${fk}, ALGORITHM=INPLACE, LOCK=NONE`);
    } finally {
      await c.end();
    }
  });
});
