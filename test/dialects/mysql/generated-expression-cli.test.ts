/**
 * A generated column's new expression on MariaDB, through the CLI: autogenerate writes one alterColumn carrying
 * both expressions (`mysql.generated`, `existingMysql.generated`), the upgrade is `MODIFY COLUMN ... GENERATED
 * ALWAYS AS (...)`, so the column keeps its position and the index on it (a drop and an add moved it to the end of
 * the table and lost the index), the server recomputes the values, `check` is clean, and `downgrade -1` restores
 * the old expression and values. The offline script writes the same MODIFY. A change between STORED and VIRTUAL
 * (which neither server does in a MODIFY) stays a drop and an add, said in the revision's warning.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CorpusProject } from "../../autogenerate/corpus-real/harness.js";
import { schemaSnapshot } from "../../autogenerate/corpus-real-mysql/harness.js";
import { createMysqlTestDatabase, type MysqlTestDatabase, requireMysql } from "../../support/mysql-databases.js";

const source = (total: string, label: string, labelMode = "virtual"): string => `import { index, int, mysqlTable, varchar } from "drizzle-orm/mysql-core";
import { sql } from "drizzle-orm";
export const lines = mysqlTable("lines", {
  id: int("id").primaryKey().autoincrement(),
  code: varchar("code", { length: 10 }).notNull(),
  price: int("price").notNull(),
  qty: int("qty").notNull(),
  total: int("total").generatedAlwaysAs(sql\`${total}\`, { mode: "stored" }),
  label: varchar("label", { length: 40 }).generatedAlwaysAs(sql\`${label}\`, { mode: "${labelMode}" }),
  note: varchar("note", { length: 20 }),
}, (t) => [index("lines_total_idx").on(t.total), index("lines_label_idx").on(t.label)]);
`;

interface Row {
  id: number;
  total: number;
  label: string;
}

describe("MySQL: a generated column's expression changed in place", async () => {
  const opts = await requireMysql();

  test("through the CLI on MariaDB: position, values, indexes kept; check clean; downgrade restores; --sql the same", opts, async () => {
    const db: MysqlTestDatabase = await createMysqlTestDatabase("athanor_genexpr");
    const project = new CorpusProject(db.url, source("price * qty", "concat('#', code)"));
    const positions = async (): Promise<string[]> =>
      (
        await db.query<{ c: string; p: number }>(
          "SELECT COLUMN_NAME AS c, ORDINAL_POSITION AS p FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lines' ORDER BY ORDINAL_POSITION",
        )
      ).map((r) => `${r.p}:${r.c}`);
    const rows = async (): Promise<string[]> =>
      (await db.query<Row>("SELECT id, total, label FROM `lines` ORDER BY id")).map((r) => `${r.id}:${r.total}:${r.label}`);
    const indexes = async (): Promise<string[]> =>
      (
        await db.query<{ n: string; c: string }>(
          "SELECT INDEX_NAME AS n, COLUMN_NAME AS c FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lines' ORDER BY INDEX_NAME",
        )
      ).map((r) => `${r.n}(${r.c})`);
    try {
      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      await db.query("INSERT INTO `lines` (code, price, qty, note) VALUES ('a', 2, 3, 'x'), ('b', 5, 4, 'y')");
      const initial = await schemaSnapshot(db);
      const initialPositions = await positions();
      assert.deepEqual(initialPositions, ["1:id", "2:code", "3:price", "4:qty", "5:total", "6:label", "7:note"]);
      assert.deepEqual(await rows(), ["1:6:#a", "2:20:#b"]);
      const initialIndexes = await indexes();
      assert.deepEqual(initialIndexes, ["lines_label_idx(label)", "lines_total_idx(total)", "PRIMARY(id)"]);

      project.setSchema(source("price * qty * 10", "concat('#', code, '-', qty)"));
      const revision = project.autogenerate("new expressions");
      assert.doesNotMatch(revision, /dropColumn|addColumn/);
      assert.match(revision, /alterColumn\("lines", "total", \{[^\n]*mysql: \{ generated: \{ expression: sql\("price \* qty \* 10"\), stored: true \} \}/);
      assert.match(revision, /existingMysql: \{ generated: \{ expression: sql\("`price` \* `qty`"\), stored: true \} \}/);
      assert.match(revision, /alterColumn\("lines", "label", \{[^\n]*stored: false/);

      const offline = project.athanor(["upgrade", "head", "--sql"]).stdout;
      assert.match(offline, /ALTER TABLE `lines` MODIFY COLUMN `total` INT GENERATED ALWAYS AS \(price \* qty \* 10\) STORED;/);
      assert.match(offline, /ALTER TABLE `lines` MODIFY COLUMN `label` VARCHAR\(40\) GENERATED ALWAYS AS \(concat\('#', code, '-', qty\)\) VIRTUAL;/);
      assert.doesNotMatch(offline, /DROP COLUMN|ADD COLUMN/);

      project.athanor(["upgrade", "head"]);
      assert.deepEqual(await positions(), initialPositions);
      assert.deepEqual(await rows(), ["1:60:#a-3", "2:200:#b-4"]);
      assert.deepEqual(await indexes(), initialIndexes);
      // the index answers with the new values
      assert.deepEqual((await db.query<{ id: number }>("SELECT id FROM `lines` FORCE INDEX (lines_total_idx) WHERE total = 200")).map((r) => r.id), [2]);
      assert.match(project.athanor(["check"]).stdout, /No changes detected/);

      const downgradeSql = project.athanor(["downgrade", "head:-1", "--sql"]).stdout;
      assert.match(downgradeSql, /MODIFY COLUMN `total` INT GENERATED ALWAYS AS \(`price` \* `qty`\) STORED;/);
      project.athanor(["downgrade", "-1"]);
      assert.equal(await schemaSnapshot(db), initial);
      assert.deepEqual(await positions(), initialPositions);
      assert.deepEqual(await rows(), ["1:6:#a", "2:20:#b"]);
    } finally {
      project.cleanup();
      await db.drop();
    }
  });

  test("VIRTUAL to STORED stays a drop and an add, with a warning; the index on the column is created again", opts, async () => {
    const db: MysqlTestDatabase = await createMysqlTestDatabase("athanor_genkind");
    const project = new CorpusProject(db.url, source("price * qty", "concat('#', code)"));
    try {
      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      project.setSchema(source("price * qty", "concat('#', code)", "stored"));
      const r = project.athanor(["revision", "--autogenerate", "-m", "stored label"]);
      assert.match(`${r.stdout}${r.stderr}`, /lines\.label: the generated column changes between STORED and VIRTUAL; Athanor drops the column and adds it again/);
      const initial = await schemaSnapshot(db);
      project.athanor(["upgrade", "head"]);
      assert.match(await schemaSnapshot(db), /`label` varchar\(40\) GENERATED ALWAYS AS \(concat\('#',`code`\)\) STORED/);
      assert.match(await schemaSnapshot(db), /KEY `lines_label_idx` \(`label`\)/);
      assert.match(project.athanor(["check"]).stdout, /No changes detected/);
      project.athanor(["downgrade", "-1"]);
      // the column comes back at the end of the table: the same columns and keys, in another order
      const sorted = (s: string) => s.split("\n").map((l) => l.trim()).sort().join("\n");
      assert.equal(sorted(await schemaSnapshot(db)), sorted(initial));
    } finally {
      project.cleanup();
      await db.drop();
    }
  });
});
