/**
 * The index the server made for a foreign key (no index served it) stays when the key is dropped. Online on
 * MariaDB, `op.dropConstraint` drops it too (`DROP INDEX IF EXISTS`); an offline script (the server unknown) does the
 * same with a plain `DROP INDEX` when it knows the server made that index for the key — the table was created by the
 * script or its history, and no other key needs the index — so `upgrade --sql` reaches the schema of an online
 * upgrade. Otherwise the script drops the key alone, as before.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { SqlStatement } from "../../../src/dialects/dialect.js";
import { createMysqlRenderer } from "../../../src/dialects/mysql/renderer.js";
import type { Operation } from "../../../src/operations/operation.js";
import { t } from "../../../src/schema/types-builder.js";
import { revisionPath, revisionSource } from "../../support/project.js";
import { type MysqlTestDatabase, mysqlProjects, requireMysql, runMariadbClient } from "../../support/mysql-databases.js";

const parent: Operation = { kind: "createTable", table: "parent", columns: [{ name: "id", type: t.integer(), primaryKey: true }] };
const child: Operation = {
  kind: "createTable",
  table: "child",
  columns: [
    { name: "id", type: t.integer(), primaryKey: true },
    { name: "parent_id", type: t.integer() },
  ],
  foreignKeys: [{ name: "fk1", columns: ["parent_id"], refTable: "parent", refColumns: ["id"] }],
};
const dropFk: Operation = { kind: "dropConstraint", name: "fk1", table: "child", constraintType: "foreignKey" };

/** An offline session (what `--sql` renders with): `history` primed, `ops` rendered; the statements of `ops`. */
async function offline(history: readonly Operation[], ops: readonly Operation[]): Promise<string[]> {
  const session = createMysqlRenderer().session!(null);
  for (const op of history) session.prime!(op);
  const out: SqlStatement[] = [];
  for (const op of ops) out.push(...(await session.render(op)));
  out.push(...(session.flush?.() ?? []));
  return out.map((s) => s.sql);
}

describe("MySQL: dropping a foreign key and the index the server made for it", () => {
  test("offline, the key's own index known: dropped with it by a plain DROP INDEX", async () => {
    assert.deepEqual(await offline([parent, child], [dropFk]), ["ALTER TABLE `child` DROP FOREIGN KEY `fk1`, DROP INDEX `fk1`"]);
    // the key made by createForeignKey on a table the script created
    const bare: Operation = { ...child, foreignKeys: [] } as Operation;
    const add: Operation = { kind: "createForeignKey", name: "fk1", table: "child", columns: ["parent_id"], refTable: "parent", refColumns: ["id"] };
    assert.deepEqual((await offline([parent], [bare, add, dropFk])).at(-1), "ALTER TABLE `child` DROP FOREIGN KEY `fk1`, DROP INDEX `fk1`");
  });

  test("offline, the index not known to be the server's, or needed by another key: the key alone", async () => {
    const plain = "ALTER TABLE `child` DROP FOREIGN KEY `fk1`";
    // a table the script didn't create: an index it doesn't know may have served the key
    assert.deepEqual(await offline([parent], [dropFk]), [plain]);
    // an index of its own serves the key: the server made none
    const indexed: Operation = { ...child, indexes: [{ name: "child_parent_idx", columns: ["parent_id"] }] } as Operation;
    assert.deepEqual(await offline([parent, indexed], [dropFk]), [plain]);
    // raw SQL ran since: the table's indexes are not all known
    assert.deepEqual(await offline([parent, child, { kind: "execute", sql: "CREATE INDEX x ON child (parent_id, id)" }], [dropFk]), [plain]);
    // a second key on the same column uses that index
    const two: Operation = {
      ...child,
      foreignKeys: [
        { name: "fk1", columns: ["parent_id"], refTable: "parent", refColumns: ["id"] },
        { name: "fk2", columns: ["parent_id"], refTable: "parent", refColumns: ["id"], onDelete: "cascade" },
      ],
    } as Operation;
    assert.deepEqual(await offline([parent, two], [dropFk]), [plain]);
    // the index already dropped (by an index that serves the key, which makes the server drop its own)
    const idx: Operation = { kind: "createIndex", name: "child_parent_idx", table: "child", columns: ["parent_id"] };
    assert.deepEqual((await offline([parent, child], [idx, dropFk])).at(-1), plain);
  });
});

const skip = await requireMysql();

describe("MariaDB: upgrade --sql that drops a foreign key reaches the online schema", { skip: skip.skip }, () => {
  const fresh = mysqlProjects("athanor_fkidx");
  const REVS: Array<[string, string | null, string, string]> = [
    [
      "a1000001",
      null,
      `  await op.createTable("parent", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });
  await op.createTable("child", {
    columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "parent_id", type: t.integer() }],
    foreignKeys: [{ name: "fk1", columns: ["parent_id"], refTable: "parent", refColumns: ["id"] }],
  });`,
      `  await op.dropTable("child");
  await op.dropTable("parent");`,
    ],
    [
      "b2000002",
      "a1000001",
      `  await op.dropConstraint("fk1", "child", { constraintType: "foreignKey" });`,
      `  await op.createForeignKey("fk1", "child", ["parent_id"], "parent", ["id"]);`,
    ],
  ];

  async function project() {
    const { db, p } = await fresh();
    for (const [id, down, up, downBody] of REVS) p.write(revisionPath(id), revisionSource(id, down, { up, down: downBody }));
    return { db, p };
  }
  async function showChild(db: MysqlTestDatabase): Promise<string> {
    const rows = await db.query<Record<string, string>>("SHOW CREATE TABLE child");
    return String(rows[0]?.["Create Table"]);
  }

  test("the key and its index go, online and offline; the downgrade makes both again", async () => {
    const online = await project();
    const r1 = online.p.athanor("upgrade", "head");
    assert.equal(r1.code, 0, r1.stderr);
    const offline = await project();
    const up = offline.p.athanor("upgrade", "head", "--sql");
    assert.equal(up.code, 0, up.stderr);
    runMariadbClient(offline.db, up.stdout);
    const after = await showChild(online.db);
    assert.doesNotMatch(after, /KEY `fk1`/);
    assert.equal(await showChild(offline.db), after);

    const back = offline.p.athanor("downgrade", "head:a1000001", "--sql");
    assert.equal(back.code, 0, back.stderr);
    runMariadbClient(offline.db, back.stdout);
    const r2 = online.p.athanor("downgrade", "a1000001");
    assert.equal(r2.code, 0, r2.stderr);
    const restored = await showChild(online.db);
    assert.match(restored, /KEY `fk1` \(`parent_id`\)/);
    assert.equal(await showChild(offline.db), restored);
  });
});
