/**
 * `op.alterColumn` on MySQL/MariaDB with only the change written: online,
 * Athanor reads the rest of the column's definition (type, nullability,
 * default, comment, AUTO_INCREMENT, ON UPDATE, a collation other than the
 * table's) from the live column, so MODIFY COLUMN keeps it. Checked over a
 * second connection. Offline (`--sql`) there is nothing to read: the command
 * fails with one line naming what the revision must give.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type MigrationProject, revisionPath, revisionSource } from "../../support/project.js";
import { type MysqlTestDatabase, mysqlProjects, requireMysql } from "../../support/mysql-databases.js";

const skip = await requireMysql();

const CREATE = `  await op.execute(\`CREATE TABLE t (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(100) COLLATE utf8mb4_bin NULL DEFAULT 'x@y' COMMENT 'the address',
    ts TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    n INT NULL,
    code VARCHAR(10) COLLATE utf8mb4_bin NULL,
    qty VARCHAR(10) COLLATE utf8mb4_bin NULL
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci\`);
  await op.execute("INSERT INTO t (email, n) VALUES ('a@b', 1), (NULL, 2)");
  await op.execute("UPDATE t SET email = 'c@d' WHERE email IS NULL");`;

const CHANGES = `  await op.alterColumn("t", "email", { nullable: false });
  await op.alterColumn("t", "id", { type: t.bigint() });
  await op.alterColumn("t", "ts", { comment: "last change" });
  await op.alterColumn("t", "n", { newName: "amount", type: t.bigint() });
  await op.alterColumn("t", "code", { type: t.varchar(40) });
  await op.alterColumn("t", "qty", { type: t.integer() });`;

interface Col {
  name: string;
  type: string;
  nullable: string;
  dflt: string | null;
  extra: string;
  coll: string | null;
  comment: string;
}

describe("MySQL alterColumn completes the column's definition from the live column", { skip: skip.skip }, () => {
  const fresh = mysqlProjects("athanor_altlive");

  async function project(): Promise<{ db: MysqlTestDatabase; p: MigrationProject }> {
    const { db, p } = await fresh();
    p.write(revisionPath("a1000001"), revisionSource("a1000001", null, { up: CREATE, down: `  await op.dropTable("t");` }));
    p.write(revisionPath("b2000002"), revisionSource("b2000002", "a1000001", { up: CHANGES }));
    return { db, p };
  }

  const columns = (db: MysqlTestDatabase) =>
    db.query<Col>(
      `SELECT COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS dflt, EXTRA AS extra,
              COLLATION_NAME AS coll, COLUMN_COMMENT AS comment
         FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 't' ORDER BY ORDINAL_POSITION`,
    );

  test("online: only the change is made; the rest of each column stays as it was", async () => {
    const { db, p } = await project();
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 0, r.stderr);
    const cols = Object.fromEntries((await columns(db)).map((c) => [c.name, c]));

    assert.equal(cols.email?.nullable, "NO");
    assert.match(cols.email?.type ?? "", /^varchar\(100\)$/);
    assert.match(String(cols.email?.dflt), /^'?x@y'?$/);
    assert.equal(cols.email?.comment, "the address");
    assert.equal(cols.email?.coll, "utf8mb4_bin", "a collation other than the table's is kept");
    // through a type change too while the type stays text (MODIFY alone would reset it to the table's); not on a number
    assert.equal(cols.code?.type, "varchar(40)");
    assert.equal(cols.code?.coll, "utf8mb4_bin", "a widened VARCHAR keeps its collation");
    assert.match(cols.qty?.type ?? "", /^int/);
    assert.equal(cols.qty?.coll, null);

    assert.match(cols.id?.type ?? "", /^bigint/);
    assert.match(cols.id?.extra ?? "", /auto_increment/i, "AUTO_INCREMENT is kept");

    assert.equal(cols.ts?.comment, "last change");
    assert.match(cols.ts?.type ?? "", /^timestamp\(3\)$/);
    assert.equal(cols.ts?.nullable, "NO");
    assert.match(String(cols.ts?.dflt), /current_timestamp/i);
    assert.match(cols.ts?.extra ?? "", /on update current_timestamp/i, "ON UPDATE is kept");

    assert.equal(cols.amount?.nullable, "YES");
    assert.match(cols.amount?.type ?? "", /^bigint/);
    assert.equal(cols.n, undefined);

    const rows = await db.query<{ email: string; amount: number }>("SELECT email, amount FROM t ORDER BY id");
    assert.deepEqual(
      rows.map((x) => [x.email, Number(x.amount)]),
      [
        ["a@b", 1],
        ["c@d", 2],
      ],
    );
    // a new row still gets the next id and the default timestamp
    await db.query("INSERT INTO t (email) VALUES ('e@f')");
    const last = await db.query<{ id: number; ts: Date | null }>("SELECT id, ts FROM t WHERE email = 'e@f'");
    assert.equal(Number(last[0]?.id), 3);
    assert.ok(last[0]?.ts);
  });

  test("offline: --sql can't read the column, and says what the revision must give", async () => {
    const { p } = await project();
    const r = p.athanor("upgrade", "head", "--sql");
    assert.notEqual(r.code, 0);
    const lines = r.stderr.trim().split("\n");
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0] ?? "", /t\.email.*needs existingType.*an offline script \(--sql\) can't/);
  });

  test("a column that is not there is named", async () => {
    const { p } = await project();
    p.write(revisionPath("b2000002"), revisionSource("b2000002", "a1000001", { up: `  await op.alterColumn("t", "missing", { nullable: false });` }));
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1);
    assert.match(r.stderr, /alterColumn t\.missing: the database has no such column/);
  });
});
