/**
 * Every MySQL-rendered operation applied to the real server (MariaDB here),
 * checked through information_schema over a second connection, and undone by
 * its inverse: SHOW CREATE TABLE of every table before equals after.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import type { DatabaseConnection, DialectRenderer } from "../../../src/dialects/dialect.js";
import { mysqlDialect } from "../../../src/dialects/mysql/index.js";
import { mysql2Driver } from "../../../src/dialects/mysql/driver-mysql2.js";
import { mysql } from "../../../src/dialects/mysql/type-builders.js";
import { isAthanorError } from "../../../src/errors.js";
import type { Operation } from "../../../src/operations/operation.js";
import { reverseOrThrow } from "../../../src/operations/reverse.js";
import { sql } from "../../../src/schema/sql-expression.js";
import { t } from "../../../src/schema/types-builder.js";
import { createMysqlTestDatabase, type MysqlTestDatabase, requireMysql } from "../../support/mysql-databases.js";

const skip = await requireMysql();

/** Awkward names: backticks, quotes, spaces, upper case, reserved words. */
const PARENT = "Parent `Tab'le\"";
const CHILD = "select";

describe("MySQL renderer on the server", { skip: skip.skip }, () => {
  let db: MysqlTestDatabase;
  let conn: DatabaseConnection;
  let renderer: DialectRenderer;

  before(async () => {
    db = await createMysqlTestDatabase("athanor_render");
    conn = await mysql2Driver.connect({ url: db.url });
    renderer = await mysqlDialect.renderer(conn);
  });
  after(async () => {
    await conn?.close();
    await db?.drop();
  });

  async function apply(op: Operation): Promise<void> {
    for (const s of renderer.renderOperation(op)) await conn.query(s.sql, s.params);
  }

  /** SHOW CREATE TABLE of every table, by name (read over a second connection). */
  async function snapshot(): Promise<Record<string, string>> {
    const tables = await db.query<{ n: string }>(
      "SELECT table_name AS n FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1",
    );
    const out: Record<string, string> = {};
    for (const { n } of tables) {
      const rows = await db.query<Record<string, string>>(`SHOW CREATE TABLE \`${n.replace(/`/g, "``")}\``);
      out[n] = String(rows[0]?.["Create Table"]).replace(/ AUTO_INCREMENT=\d+/, "");
    }
    return out;
  }

  async function columns(table: string): Promise<Array<Record<string, unknown>>> {
    return db.query(
      `SELECT column_name AS name, column_type AS type, is_nullable AS nullable, column_default AS dflt, extra, column_comment AS comment,
              character_set_name AS charset, collation_name AS collation
         FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position`,
      [table],
    );
  }

  /** Applies `op`, runs `check`, applies its inverse, and compares the schema with before. */
  async function roundTrip(op: Operation, check: () => Promise<void>): Promise<void> {
    const before = await snapshot();
    await apply(op);
    await check();
    assert.notDeepEqual(await snapshot(), before, "the operation changed nothing");
    await apply(reverseOrThrow(op));
    assert.deepEqual(await snapshot(), before);
  }

  test("createTable with every portable type, awkward names, keys, checks, comments and options; dropTable undoes it", async () => {
    await roundTrip(
      {
        kind: "createTable",
        table: PARENT,
        columns: [
          { name: "ID", type: t.bigint(), primaryKey: true, identity: "byDefault" },
          { name: "e mail`", type: t.varchar(255), nullable: false, unique: true, default: "it's a \\ test", comment: "say \"hi\" it's" },
          { name: "order", type: t.text() },
          { name: "small", type: t.smallint(), default: -1 },
          { name: "int", type: t.integer() },
          { name: "flag", type: t.boolean(), nullable: false, default: false },
          { name: "code", type: t.char(3) },
          { name: "price", type: t.numeric(10, 2), default: "9.99" },
          { name: "ratio", type: t.real() },
          { name: "big ratio", type: t.double() },
          { name: "born", type: t.date(), default: "2000-01-01" },
          { name: "at", type: t.time(3) },
          { name: "created", type: t.timestamp({ withTimeZone: true, precision: 3 }), nullable: false, default: sql("CURRENT_TIMESTAMP(3)"), mysql: { onUpdateCurrentTimestamp: true } },
          { name: "uuid", type: t.uuid(), default: sql("uuid()") },
          { name: "doc", type: t.json(), default: { a: [1, "b"] } },
          { name: "bin", type: t.binary() },
          { name: "mood", type: t.enum("mood", ["sad", "it's ok", "happy"]), default: "it's ok" },
          { name: "tiny", type: mysql.tinyint({ unsigned: true }), default: 255 },
          { name: "notes", type: mysql.mediumtext(), mysql: { charset: "utf8mb4", collation: "utf8mb4_bin" } },
          { name: "tags", type: mysql.set(["a", "b"]) },
          { name: "yr", type: mysql.year() },
          { name: "total", type: t.numeric(12, 2), generated: { expression: "`price` * 2", stored: true } },
        ],
        checks: [{ name: "ck price", expression: "`price` >= 0" }],
        indexes: [
          { name: "ix order", columns: ["order"], mysql: { prefixLengths: { order: 32 } } },
          { name: "ft", columns: ["order", "e mail`"], mysql: { indexType: "fulltext" } },
          { name: "ix two", columns: [{ column: "small", order: "desc" }, "int"], unique: true },
        ],
        comment: "awkward 'table' \\ here",
        mysql: { engine: "InnoDB", charset: "utf8mb4", collation: "utf8mb4_unicode_ci" },
      },
      async () => {
        const cols = await columns(PARENT);
        const by = (n: string) => cols.find((c) => c.name === n) as Record<string, unknown>;
        assert.equal(by("ID").extra, "auto_increment");
        assert.equal(by("e mail`").dflt, "'it''s a \\\\ test'");
        assert.equal(by("e mail`").comment, 'say "hi" it\'s');
        assert.equal(by("flag").type, "tinyint(1)");
        assert.equal(by("price").type, "decimal(10,2)");
        assert.equal(by("created").type, "timestamp(3)");
        assert.match(String(by("created").extra), /on update current_timestamp\(3\)/i);
        assert.equal(by("uuid").type, "char(36)");
        assert.equal(by("mood").type, "enum('sad','it''s ok','happy')");
        assert.equal(by("tiny").type, "tinyint(3) unsigned");
        assert.equal(by("notes").collation, "utf8mb4_bin");
        assert.equal(by("bin").type, "longblob");
        assert.match(String(by("total").extra), /STORED GENERATED/i);
        const [tbl] = await db.query<{ c: string; e: string; k: string }>(
          "SELECT table_comment AS c, engine AS e, table_collation AS k FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?",
          [PARENT],
        );
        assert.deepEqual(tbl, { c: "awkward 'table' \\ here", e: "InnoDB", k: "utf8mb4_unicode_ci" });
        const idx = await db.query<{ n: string; t: string; sub: number | null }>(
          "SELECT index_name AS n, index_type AS t, sub_part AS sub FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ? AND seq_in_index = 1 ORDER BY 1",
          [PARENT],
        );
        assert.deepEqual(
          idx.map((r) => [r.n, r.t, r.sub]),
          [["e mail`", "BTREE", null], ["ft", "FULLTEXT", null], ["ix order", "BTREE", 32], ["ix two", "BTREE", null], ["PRIMARY", "BTREE", null]],
        );
      },
    );
  });

  describe("on existing tables", () => {
    before(async () => {
      await apply({
        kind: "createTable",
        table: PARENT,
        columns: [{ name: "id", type: t.integer(), primaryKey: true, identity: "always" }],
      });
      await apply({
        kind: "createTable",
        table: CHILD,
        columns: [
          { name: "id", type: t.integer(), nullable: false },
          { name: "Parent Id", type: t.integer() },
          { name: "name", type: t.varchar(50), nullable: false, default: "x", comment: "the name" },
          { name: "body", type: t.text() },
          { name: "n", type: t.integer() },
        ],
        indexes: [{ name: "ix parent", columns: ["Parent Id"] }],
      });
    });

    test("addColumn; dropColumn undoes it", async () => {
      await roundTrip(
        { kind: "addColumn", table: CHILD, column: { name: "added `col`", type: t.varchar(10), nullable: false, default: "a'b\\c", comment: "new" }, mysql: { algorithm: "inplace", lock: "none" } },
        async () => {
          const c = (await columns(CHILD)).find((x) => x.name === "added `col`");
          assert.equal(c?.dflt, "'a''b\\\\c'");
          assert.equal(c?.comment, "new");
        },
      );
    });

    test("dropColumn with its original; addColumn undoes it", async () => {
      await roundTrip(
        { kind: "dropColumn", table: CHILD, column: "n", original: { name: "n", type: t.integer() } },
        async () => assert.equal((await columns(CHILD)).some((c) => c.name === "n"), false),
      );
    });

    test("alterColumn type, nullability, comment with the full definition (MODIFY); the inverse restores it", async () => {
      await roundTrip(
        {
          kind: "alterColumn",
          table: CHILD,
          column: "name",
          type: t.varchar(200),
          nullable: true,
          comment: "longer 'name'",
          existingType: t.varchar(50),
          existingNullable: false,
          existingDefault: "x",
          existingComment: "the name",
          mysql: { algorithm: "copy" },
        },
        async () => {
          const c = (await columns(CHILD)).find((x) => x.name === "name");
          assert.deepEqual([c?.type, c?.nullable, c?.dflt, c?.comment], ["varchar(200)", "YES", "'x'", "longer 'name'"]);
        },
      );
    });

    test("alterColumn rename (RENAME COLUMN); the inverse renames back", async () => {
      await roundTrip({ kind: "alterColumn", table: CHILD, column: "name", newName: "Full Name" }, async () => {
        assert.ok((await columns(CHILD)).some((c) => c.name === "Full Name"));
      });
    });

    test("alterColumn rename as CHANGE for a server without RENAME COLUMN", async () => {
      const { createMysqlRenderer } = await import("../../../src/dialects/mysql/renderer.js");
      const old = createMysqlRenderer({ serverVersion: 100432 });
      const op: Operation = { kind: "alterColumn", table: CHILD, column: "name", newName: "nm", existingType: t.varchar(50), existingNullable: false, existingDefault: "x", existingComment: "the name" };
      const before = await snapshot();
      for (const s of old.renderOperation(op)) await conn.query(s.sql, s.params);
      assert.ok((await columns(CHILD)).some((c) => c.name === "nm" && c.comment === "the name" && c.dflt === "'x'"));
      for (const s of old.renderOperation(reverseOrThrow(op))) await conn.query(s.sql, s.params);
      assert.deepEqual(await snapshot(), before);
    });

    test("alterColumn default (SET DEFAULT / DROP DEFAULT), also an expression", async () => {
      await roundTrip({ kind: "alterColumn", table: CHILD, column: "name", default: "y\\'", existingDefault: "x" }, async () => {
        assert.equal((await columns(CHILD)).find((c) => c.name === "name")?.dflt, "'y\\\\'''");
      });
      await roundTrip({ kind: "alterColumn", table: CHILD, column: "n", default: sql("1 + 1"), existingDefault: null }, async () => {
        assert.match(String((await columns(CHILD)).find((c) => c.name === "n")?.dflt), /^\(?1 \+ 1\)?$/);
      });
    });

    test("createIndex with a prefix length, FULLTEXT, unique, ALGORITHM/LOCK; dropIndex undoes them", async () => {
      await roundTrip(
        { kind: "createIndex", name: "ix body", table: CHILD, columns: ["body", { column: "name", order: "desc" }], mysql: { prefixLengths: { body: 10 }, algorithm: "inplace", lock: "none" } },
        async () => {
          const rows = await db.query<{ s: number }>("SELECT sub_part AS s FROM information_schema.statistics WHERE table_schema = DATABASE() AND index_name = 'ix body' AND seq_in_index = 1");
          assert.equal(rows[0]?.s, 10);
        },
      );
      await roundTrip({ kind: "createIndex", name: "ft body", table: CHILD, columns: ["body"], mysql: { indexType: "fulltext" } }, async () => {});
      await roundTrip({ kind: "createIndex", name: "uq name", table: CHILD, columns: ["name"], unique: true }, async () => {});
    });

    test("constraints: primary key, unique, foreign key, check; dropConstraint undoes each", async () => {
      await roundTrip({ kind: "createPrimaryKey", name: "pk", table: CHILD, columns: ["id"] }, async () => {
        const rows = await db.query("SELECT 1 FROM information_schema.table_constraints WHERE table_schema = DATABASE() AND table_name = ? AND constraint_type = 'PRIMARY KEY'", [CHILD]);
        assert.equal(rows.length, 1);
      });
      await roundTrip({ kind: "createUniqueConstraint", name: "uq `n`", table: CHILD, columns: ["n", "name"] }, async () => {});
      await roundTrip(
        { kind: "createForeignKey", name: "fk parent", table: CHILD, columns: ["Parent Id"], refTable: PARENT, refColumns: ["id"], onDelete: "set null", onUpdate: "cascade" },
        async () => {
          const rows = await db.query<{ d: string; u: string }>(
            "SELECT delete_rule AS d, update_rule AS u FROM information_schema.referential_constraints WHERE constraint_schema = DATABASE() AND constraint_name = 'fk parent'",
          );
          assert.deepEqual(rows, [{ d: "SET NULL", u: "CASCADE" }]);
        },
      );
      await roundTrip({ kind: "createCheckConstraint", name: "ck n", table: CHILD, expression: "`n` > 0 OR `n` IS NULL" }, async () => {
        await assert.rejects(conn.query(`INSERT INTO \`${CHILD}\` (id, n) VALUES (1, -1)`), /ck n/);
      });
    });

    test("renameTable and setTableComment; their inverses", async () => {
      await roundTrip({ kind: "renameTable", table: CHILD, newName: "Renamed `T`" }, async () => {});
      await roundTrip({ kind: "setTableComment", table: CHILD, comment: "c'o\\mment", existingComment: null }, async () => {
        const [r] = await db.query<{ c: string }>("SELECT table_comment AS c FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?", [CHILD]);
        assert.equal(r?.c, "c'o\\mment");
      });
    });

    test("refusals reach no server: nothing changed", async () => {
      const before = await snapshot();
      for (const op of [
        { kind: "createIndex", name: "p", table: CHILD, columns: ["n"], where: "n > 0" },
        { kind: "createSchema", name: "s" },
        { kind: "alterColumn", table: CHILD, column: "n", type: t.bigint() },
      ] as Operation[])
        await assert.rejects(apply(op), (e: unknown) => isAthanorError(e));
      assert.deepEqual(await snapshot(), before);
    });
  });

  describe("values", () => {
    const awkward = ["it's", "a\\b", "\\'", "'; DROP TABLE x; --", "é ünï 日本 😀", "?", "$1", "", "line\nbreak"];
    const rows = awkward.map((s, i) => ({ id: i + 1, s, b: Buffer.from(s, "utf8"), j: { s }, d: new Date(Date.UTC(2024, 0, i + 1, 1, 2, 3, 456)), f: i % 2 === 0 }));

    before(async () => {
      await apply({
        kind: "createTable",
        table: "vals",
        columns: [
          { name: "id", type: t.integer(), primaryKey: true },
          { name: "s", type: t.text() },
          { name: "b", type: t.binary() },
          { name: "j", type: t.json() },
          { name: "d", type: t.timestamp(3) },
          { name: "f", type: t.boolean() },
        ],
      });
    });

    async function readBack(): Promise<unknown[]> {
      const got = await db.query<{ id: number; s: string; b: Buffer; j: unknown; d: string; f: number }>(
        "SELECT id, s, b, j, DATE_FORMAT(d, '%Y-%m-%d %H:%i:%s.%f') AS d, f FROM vals ORDER BY id",
      );
      return got.map((r) => [r.id, r.s, Buffer.from(r.b).toString("utf8"), typeof r.j === "string" ? JSON.parse(r.j) : r.j, r.d, r.f]);
    }
    const expected = () =>
      rows.map((r) => [r.id, r.s, r.s, { s: r.s }, `${r.d.toISOString().slice(0, 10)} ${r.d.toISOString().slice(11, 23)}000`, r.f ? 1 : 0]);

    test("bulkInsert binds every value; execute binds $n", async () => {
      await conn.query("DELETE FROM vals");
      await apply({ kind: "bulkInsert", table: "vals", rows });
      assert.deepEqual(await readBack(), expected());
      await apply({ kind: "execute", sql: "UPDATE vals SET s = $1 WHERE id = $2 AND s <> '$1'", params: ["it's \\ new", 1] });
      const [r] = await db.query<{ s: string }>("SELECT s FROM vals WHERE id = 1");
      assert.equal(r?.s, "it's \\ new");
    });

    for (const mode of ["", "NO_BACKSLASH_ESCAPES"]) {
      test(`offline: inlined literals give the same values through the mariadb client (sql_mode '${mode}')`, async () => {
        await conn.query("DELETE FROM vals");
        const script = [`SET SESSION sql_mode = CONCAT(@@sql_mode, ${mode ? "',NO_BACKSLASH_ESCAPES'" : "''"});`];
        for (const s of renderer.renderOperation({ kind: "bulkInsert", table: "vals", rows })) script.push(`${renderer.inline(s)};`);
        const run = spawnSync("mariadb", ["-h127.0.0.1", "-uroot", db.name], { input: script.join("\n"), encoding: "utf8" });
        assert.equal(run.status, 0, run.stderr);
        assert.deepEqual(await readBack(), expected());
      });
    }
  });
});
