import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ColumnType } from "../../../src/schema/column-type.js";
import type { SqlStatement } from "../../../src/dialects/dialect.js";
import { createMysqlRenderer, inline, mysqlRenderer } from "../../../src/dialects/mysql/renderer.js";
import { mysql } from "../../../src/dialects/mysql/type-builders.js";
import { pg } from "../../../src/dialects/postgres/type-builders.js";
import { isAthanorError } from "../../../src/errors.js";
import type { Operation } from "../../../src/operations/operation.js";
import { sql } from "../../../src/schema/sql-expression.js";
import { t } from "../../../src/schema/types-builder.js";

const render = (op: Operation): SqlStatement[] => mysqlRenderer.renderOperation(op);
const sqls = (op: Operation): string[] => render(op).map((s) => s.sql);

function golden(name: string, op: Operation, expected: string | string[]): void {
  test(name, () => assert.deepEqual(sqls(op), Array.isArray(expected) ? expected : [expected]));
}

function refused(name: string, op: Operation, code: string, pattern: RegExp, renderer = mysqlRenderer): void {
  test(name, () => {
    assert.throws(
      () => renderer.renderOperation(op),
      (e: unknown) => {
        assert.ok(isAthanorError(e), String(e));
        assert.equal(e.code, code);
        assert.match(e.message, pattern);
        assert.doesNotMatch(e.message, /\n/);
        return true;
      },
    );
  });
}

describe("MySQL golden SQL: tables", () => {
  golden(
    "createTable with quoted names, identity, defaults, comments, keys and table options",
    {
      kind: "createTable",
      table: "User `Accounts`",
      columns: [
        { name: "id", type: t.bigint(), primaryKey: true, identity: { generation: "byDefault", start: 100 } },
        { name: "Email", type: t.varchar(255), nullable: false, unique: true, default: "it's" },
        { name: "select", type: t.text(), comment: "reserved 'word'" },
        { name: "created at", type: t.timestamptz(3), default: sql("CURRENT_TIMESTAMP(3)"), mysql: { onUpdateCurrentTimestamp: true } },
        { name: "mood", type: t.enum("mood", ["sad", "o'k"]), default: "sad" },
        { name: "active", type: t.boolean(), default: true },
        { name: "data", type: t.json(), default: { a: 1 } },
        { name: "team_id", type: t.integer(), references: { table: "teams", column: "id", onDelete: "cascade", name: "fk_team" } },
      ],
      checks: [{ name: "ck_email", expression: "`Email` <> ''" }],
      indexes: [{ name: "ix_select", columns: ["select"], mysql: { prefixLengths: { select: 20 } } }],
      comment: "the users",
      mysql: { engine: "InnoDB", charset: "utf8mb4", collation: "utf8mb4_unicode_ci" },
    },
    [
      "CREATE TABLE `User ``Accounts``` (\n" +
        "    `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n" +
        "    `Email` VARCHAR(255) NOT NULL DEFAULT 'it''s' UNIQUE,\n" +
        "    `select` TEXT NULL COMMENT 'reserved ''word''',\n" +
        "    `created at` TIMESTAMP(3) NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),\n" +
        "    `mood` ENUM('sad', 'o''k') NULL DEFAULT 'sad',\n" +
        "    `active` BOOLEAN NULL DEFAULT TRUE,\n" +
        "    `data` JSON NULL DEFAULT ('{\"a\":1}'),\n" +
        "    `team_id` INT NULL,\n" +
        "    CONSTRAINT `fk_team` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE,\n" +
        "    CONSTRAINT `ck_email` CHECK (`Email` <> ''),\n" +
        "    INDEX `ix_select` (`select`(20))\n" +
        ") ENGINE=`InnoDB` DEFAULT CHARACTER SET=`utf8mb4` COLLATE=`utf8mb4_unicode_ci` AUTO_INCREMENT=100 COMMENT='the users'",
    ],
  );
  golden(
    "createTable ifNotExists with FULLTEXT and unique indexes: one statement",
    {
      kind: "createTable",
      table: "docs",
      ifNotExists: true,
      columns: [
        { name: "id", type: t.integer(), primaryKey: true },
        { name: "body", type: t.text() },
      ],
      indexes: [
        { name: "ft", columns: ["body"], mysql: { indexType: "fulltext", algorithm: "inplace" } },
        { name: "ux", columns: ["id", { column: "body" }], unique: true, method: "btree", mysql: { prefixLengths: { body: 8 } } },
      ],
    },
    "CREATE TABLE IF NOT EXISTS `docs` (\n    `id` INT NOT NULL PRIMARY KEY,\n    `body` TEXT NULL,\n    FULLTEXT INDEX `ft` (`body`),\n    UNIQUE INDEX `ux` USING BTREE (`id`, `body`(8))\n)",
  );
  golden("dropTable", { kind: "dropTable", table: "t", schema: "other db", ifExists: true }, "DROP TABLE IF EXISTS `other db`.`t`");
  golden("renameTable", { kind: "renameTable", table: "a", newName: "b" }, "RENAME TABLE `a` TO `b`");
  golden("setTableComment", { kind: "setTableComment", table: "a", comment: "x\\y" }, "ALTER TABLE `a` COMMENT = 'x\\\\y'");
  refused("a comment with an unpaired surrogate (stored as U+FFFD otherwise)", { kind: "setTableComment", table: "a", comment: "x\uD800" }, "DIALECT.UNSUPPORTED_VALUE", /unpaired UTF-16 surrogate/);
  golden("setTableComment null removes it", { kind: "setTableComment", table: "a", comment: null }, "ALTER TABLE `a` COMMENT = ''");
  refused(
    "a TEXT primary key is refused, naming the column",
    { kind: "createTable", table: "t", columns: [{ name: "body", type: t.text() }], primaryKey: { columns: ["body"] } },
    "DIALECT.UNSUPPORTED",
    /create table t: primary key column body is TEXT .* on mysql; .*t\.varchar\(n\)/,
  );
  refused(
    "a TEXT index key without a prefix length is refused, naming index and column",
    { kind: "createTable", table: "t", columns: [{ name: "body", type: t.text() }], indexes: [{ name: "ix_body", columns: ["body"] }] },
    "DIALECT.UNSUPPORTED",
    /index ix_body keys column body, a TEXT, without a prefix length .*prefixLengths/,
  );
  refused(
    "unbounded varchar is refused naming the column",
    { kind: "createTable", table: "t", columns: [{ name: "name", type: t.varchar() }] },
    "DIALECT.UNSUPPORTED",
    /create table t, column name: type t\.varchar\(\) is not supported on mysql; use t\.varchar\(n\) with a length/,
  );
  refused(
    "identity increment is refused",
    { kind: "createTable", table: "t", columns: [{ name: "id", type: t.integer(), primaryKey: true, identity: { generation: "always", increment: 5 } }] },
    "DIALECT.UNSUPPORTED",
    /identity increment 5 on column id .*auto_increment_increment/,
  );
  refused(
    "a unique TEXT column is refused in a sentence that reads: what is refused, why, what to use",
    { kind: "createTable", table: "account", columns: [{ name: "handle", type: t.text(), nullable: false, unique: true }] },
    "DIALECT.UNSUPPORTED",
    /^create table account: a unique key on the TEXT column handle \(MySQL keys such a column only by a prefix of it\) is not supported on mysql; use t\.varchar\(n\), or a unique index with mysql: \{ prefixLengths: \{ "handle": n \} \}$/,
  );
  refused("dropTable cascade", { kind: "dropTable", table: "t", cascade: true }, "DIALECT.UNSUPPORTED", /drop table t: cascade is not supported on mysql/);
  test("keyword options are only MySQL's words: what else would be written into the statement as it is is refused", () => {
    const evil = "inplace, LOCK=NONE; DROP TABLE t; --" as never;
    const index = (mysql: object): Operation => ({ kind: "createIndex", name: "ix", table: "t", columns: ["a"], mysql } as Operation);
    assert.throws(() => render(index({ algorithm: evil })), /mysql\.algorithm must be one of "default", "instant", "inplace", "copy", not "inplace, LOCK=NONE; DROP TABLE t; --"/);
    assert.throws(() => render(index({ lock: evil })), /mysql\.lock must be one of "default", "none", "shared", "exclusive"/);
    assert.throws(() => render(index({ indexType: "fulltext INDEX x" })), /mysql\.indexType must be one of "fulltext", "spatial"/);
    assert.throws(() => render(index({ prefixLengths: { a: "10); DROP TABLE t; --" } })), /mysql\.prefixLengths of column a must be a positive integer/);
    const add: Operation = { kind: "addColumn", table: "t", column: { name: "b", type: t.integer() }, mysql: { algorithm: evil } } as Operation;
    assert.throws(() => render(add), /mysql\.algorithm must be one of/);
    assert.equal(render(index({ algorithm: "INPLACE", lock: "none" }))[0]?.sql, "CREATE INDEX `ix` ON `t` (`a`) ALGORITHM=INPLACE LOCK=NONE");
  });
  refused(
    "an ENUM label ending with a space is refused (MySQL strips the space: the label and every value stored are changed, and check never settles)",
    { kind: "addColumn", table: "t", column: { name: "e", type: t.enum("e", ["a ", "b"]) } },
    "DIALECT.UNSUPPORTED",
    /add column t\.e: type t\.enum\("e", .*\) is not supported on mysql; use labels without a trailing space \(MySQL strips it from an ENUM label: "a " would be stored, and read back, as "a"\)/,
  );
});

describe("MySQL golden SQL: types", () => {
  const typeSql = (type: ColumnType): string =>
    (sqls({ kind: "addColumn", table: "t", column: { name: "c", type } })[0] as string).replace("ALTER TABLE `t` ADD COLUMN `c` ", "");
  test("portable types", () => {
    assert.equal(typeSql(t.smallint()), "SMALLINT NULL");
    assert.equal(typeSql(t.integer()), "INT NULL");
    assert.equal(typeSql(t.bigint()), "BIGINT NULL");
    assert.equal(typeSql(t.boolean()), "BOOLEAN NULL");
    assert.equal(typeSql(t.text()), "TEXT NULL");
    assert.equal(typeSql(t.varchar(20)), "VARCHAR(20) NULL");
    assert.equal(typeSql(t.char(2)), "CHAR(2) NULL");
    assert.equal(typeSql(t.numeric(10, 2)), "DECIMAL(10, 2) NULL");
    assert.equal(typeSql(t.real()), "FLOAT NULL");
    assert.equal(typeSql(t.double()), "DOUBLE NULL");
    assert.equal(typeSql(t.date()), "DATE NULL");
    assert.equal(typeSql(t.time(3)), "TIME(3) NULL");
    assert.equal(typeSql(t.timestamp()), "DATETIME NULL");
    assert.equal(typeSql(t.timestamp({ withTimeZone: true, precision: 6 })), "TIMESTAMP(6) NULL");
    assert.equal(typeSql(t.uuid()), "CHAR(36) NULL");
    assert.equal(typeSql(t.json()), "JSON NULL");
    assert.equal(typeSql(t.binary()), "LONGBLOB NULL");
    assert.equal(typeSql(t.enum("m", ["a", "b"])), "ENUM('a', 'b') NULL");
    assert.equal(typeSql(t.sql("GEOMETRY")), "GEOMETRY NULL");
  });
  test("mysql.* types", () => {
    assert.equal(typeSql(mysql.tinyint({ unsigned: true })), "TINYINT UNSIGNED NULL");
    assert.equal(typeSql(mysql.tinyint({ width: 1 })), "TINYINT(1) NULL");
    assert.equal(typeSql(mysql.int({ unsigned: true, zerofill: true })), "INT UNSIGNED ZEROFILL NULL");
    assert.equal(typeSql(mysql.mediumint()), "MEDIUMINT NULL");
    assert.equal(typeSql(mysql.decimal(8, 2, { unsigned: true })), "DECIMAL(8, 2) UNSIGNED NULL");
    assert.equal(typeSql(mysql.mediumtext()), "MEDIUMTEXT NULL");
    assert.equal(typeSql(mysql.longtext()), "LONGTEXT NULL");
    assert.equal(typeSql(mysql.set(["a", "b's"])), "SET('a', 'b''s') NULL");
    assert.throws(() => mysql.set(["a", "b "]), /mysql\.set label "b " ends with a space, which MySQL strips/);
    assert.throws(() => mysql.enum(["a  "]), /mysql\.enum label "a {2}" ends with a space, which MySQL strips \(it would be stored as "a"\)/);
    assert.equal(typeSql(mysql.year()), "YEAR NULL");
    assert.equal(typeSql(mysql.datetime(3)), "DATETIME(3) NULL");
    assert.equal(typeSql(mysql.timestamp()), "TIMESTAMP NULL");
    assert.equal(typeSql(mysql.varbinary(16)), "VARBINARY(16) NULL");
    assert.equal(typeSql(mysql.bit(8)), "BIT(8) NULL");
    assert.throws(() => mysql.datetime(7), /0 to 6/);
  });
  test("an unsigned integer may be AUTO_INCREMENT", () => {
    assert.deepEqual(sqls({ kind: "addColumn", table: "t", column: { name: "id", type: mysql.int({ unsigned: true }), identity: "always", primaryKey: true } }), [
      "ALTER TABLE `t` ADD COLUMN `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY",
    ]);
  });
  for (const [name, type, alternative] of [
    ["pg.jsonb()", pg.jsonb(), /use t\.json\(\)/],
    ["pg.inet()", pg.inet(), /use t\.varchar\(45\)/],
    ["pg.array()", pg.array(t.text()), /use t\.json\(\)/],
    ["pg.cidr()", pg.cidr(), /mysql\.\* type/],
    ["pg.serial()", pg.serial(), /t\.integer\(\) with identity \(AUTO_INCREMENT\)/],
    ["pg.interval()", pg.interval(), /t\.bigint\(\)/],
    ["pg.timetz()", pg.timetz(), /t\.time\(\)/],
    ["t.numeric() without precision", t.numeric(), /t\.numeric\(precision, scale\)/],
    ["a named enum without values", t.enum("mood"), /with its values/],
  ] as const)
    refused(`${name} is refused`, { kind: "addColumn", table: "t", column: { name: "c", type } }, "DIALECT.UNSUPPORTED", alternative);
});

describe("MySQL golden SQL: columns", () => {
  golden(
    "addColumn with a reference, ALGORITHM and LOCK",
    { kind: "addColumn", table: "t", column: { name: "team", type: t.integer(), nullable: false, default: 0, references: { table: "teams", column: "id" } }, mysql: { algorithm: "inplace", lock: "none" } },
    "ALTER TABLE `t` ADD COLUMN `team` INT NOT NULL DEFAULT 0, ADD FOREIGN KEY (`team`) REFERENCES `teams` (`id`), ALGORITHM=INPLACE, LOCK=NONE",
  );
  golden(
    "addColumn identity with a start sets the table's AUTO_INCREMENT",
    { kind: "addColumn", table: "t", column: { name: "id", type: t.integer(), primaryKey: true, identity: { generation: "always", start: 7 } } },
    ["ALTER TABLE `t` ADD COLUMN `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY", "ALTER TABLE `t` AUTO_INCREMENT = 7"],
  );
  golden("dropColumn", { kind: "dropColumn", table: "t", column: "c" }, "ALTER TABLE `t` DROP COLUMN `c`");
  golden(
    "alterColumn type change is MODIFY with the full definition",
    {
      kind: "alterColumn",
      table: "t",
      column: "name",
      type: t.varchar(200),
      existingType: t.varchar(100),
      existingNullable: false,
      existingDefault: "x",
      existingComment: "the name",
      mysql: { collation: "utf8mb4_bin", algorithm: "copy" },
    },
    "ALTER TABLE `t` MODIFY COLUMN `name` VARCHAR(200) COLLATE `utf8mb4_bin` NOT NULL DEFAULT 'x' COMMENT 'the name', ALGORITHM=COPY",
  );
  golden(
    "alterColumn nullability keeps AUTO_INCREMENT when told",
    { kind: "alterColumn", table: "t", column: "id", nullable: false, existingType: t.integer(), existingDefault: null, existingComment: null, mysql: { autoIncrement: true } },
    "ALTER TABLE `t` MODIFY COLUMN `id` INT NOT NULL AUTO_INCREMENT",
  );
  golden(
    "alterColumn rename alone is RENAME COLUMN on a modern server",
    { kind: "alterColumn", table: "t", column: "a", newName: "b" },
    "ALTER TABLE `t` RENAME COLUMN `a` TO `b`",
  );
  test("alterColumn rename is CHANGE with the full definition on MySQL 5.7 and MariaDB 10.4", () => {
    const op: Operation = { kind: "alterColumn", table: "t", column: "a", newName: "b", existingType: t.integer(), existingNullable: true, existingDefault: 1, existingComment: null };
    for (const serverVersion of [50744, 100432])
      assert.deepEqual(createMysqlRenderer({ serverVersion }).renderOperation(op).map((s) => s.sql), [
        "ALTER TABLE `t` CHANGE COLUMN `a` `b` INT NULL DEFAULT 1",
      ]);
    for (const serverVersion of [80036, 100502, 101106])
      assert.deepEqual(createMysqlRenderer({ serverVersion }).renderOperation(op).map((s) => s.sql), ["ALTER TABLE `t` RENAME COLUMN `a` TO `b`"]);
  });
  golden(
    "alterColumn rename and type change together is one CHANGE",
    { kind: "alterColumn", table: "t", column: "a", newName: "b", type: t.bigint(), existingType: t.integer(), existingNullable: true, existingDefault: null, existingComment: null },
    "ALTER TABLE `t` CHANGE COLUMN `a` `b` BIGINT NULL",
  );
  golden(
    "alterColumn default alone is SET DEFAULT / DROP DEFAULT",
    { kind: "alterColumn", table: "t", column: "a", default: "x", existingDefault: null },
    "ALTER TABLE `t` ALTER COLUMN `a` SET DEFAULT 'x'",
  );
  golden("alterColumn drop default", { kind: "alterColumn", table: "t", column: "a", default: null }, "ALTER TABLE `t` ALTER COLUMN `a` DROP DEFAULT");
  golden(
    "an expression default is parenthesised",
    { kind: "alterColumn", table: "t", column: "a", default: sql("uuid()") },
    "ALTER TABLE `t` ALTER COLUMN `a` SET DEFAULT (uuid())",
  );
  refused(
    "alterColumn type without existing* is refused, listing what is missing",
    { kind: "alterColumn", table: "t", column: "a", type: t.bigint() },
    "OPERATION.INVALID",
    /alter column t\.a \(type\): MySQL MODIFY COLUMN rewrites the column's whole definition, so it needs existingNullable, existingDefault \(null when there is none\), existingComment \(null when there is none\)/,
  );
  refused(
    "alterColumn using is refused",
    { kind: "alterColumn", table: "t", column: "a", type: t.bigint(), using: "a::bigint", existingType: t.integer() },
    "DIALECT.UNSUPPORTED",
    /using is not supported on mysql; MySQL converts the values itself/,
  );
  refused(
    "setColumnComment is refused, naming alterColumn",
    { kind: "setColumnComment", table: "t", column: "a", comment: "x" },
    "DIALECT.UNSUPPORTED",
    /set comment on column t\.a|comment.* is not supported on mysql; .*op\.alterColumn\("t", "a", \{ comment, existingType/,
  );
  refused(
    "addColumn ifNotExists on MySQL is refused (MariaDB has it)",
    { kind: "addColumn", table: "t", column: { name: "c", type: t.integer() }, ifNotExists: true },
    "DIALECT.UNSUPPORTED",
    /ifNotExists is not supported on mysql/,
  );
  test("addColumn ifNotExists on MariaDB", () => {
    assert.deepEqual(
      createMysqlRenderer({ serverVersion: 101106 }).renderOperation({ kind: "addColumn", table: "t", column: { name: "c", type: t.integer() }, ifNotExists: true }).map((s) => s.sql),
      ["ALTER TABLE `t` ADD COLUMN IF NOT EXISTS `c` INT NULL"],
    );
  });
});

describe("MySQL golden SQL: indexes and constraints", () => {
  golden(
    "createIndex with prefix length, order, ALGORITHM and LOCK",
    { kind: "createIndex", name: "ix", table: "t", columns: ["a", { column: "b", order: "desc" }, sql("lower(c)")], unique: true, mysql: { prefixLengths: { a: 10 }, algorithm: "inplace", lock: "none" } },
    "CREATE UNIQUE INDEX `ix` ON `t` (`a`(10), `b` DESC, (lower(c))) ALGORITHM=INPLACE LOCK=NONE",
  );
  golden(
    "FULLTEXT index with a parser",
    { kind: "createIndex", name: "ft", table: "t", columns: ["title", "body"], mysql: { indexType: "fulltext", parser: "ngram" } },
    "CREATE FULLTEXT INDEX `ft` ON `t` (`title`, `body`) WITH PARSER `ngram`",
  );
  golden("dropIndex", { kind: "dropIndex", name: "ix", table: "t" }, "DROP INDEX `ix` ON `t`");
  refused("dropIndex without its table", { kind: "dropIndex", name: "ix" }, "DIALECT.UNSUPPORTED", /op\.dropIndex\("ix", \{ table \}\)/);
  refused("concurrently", { kind: "createIndex", name: "ix", table: "t", columns: ["a"], concurrently: true }, "DIALECT.UNSUPPORTED", /concurrently is not supported on mysql; .*algorithm: "inplace", lock: "none"/);
  refused("partial index", { kind: "createIndex", name: "ix", table: "t", columns: ["a"], where: "a > 0" }, "DIALECT.UNSUPPORTED", /partial index \(where\) is not supported on mysql/);
  refused("gin", { kind: "createIndex", name: "ix", table: "t", columns: ["a"], method: "gin" }, "DIALECT.UNSUPPORTED", /index method gin .*fulltext/);
  golden("createPrimaryKey", { kind: "createPrimaryKey", name: "pk", table: "t", columns: ["a", "b"] }, "ALTER TABLE `t` ADD CONSTRAINT `pk` PRIMARY KEY (`a`, `b`)");
  golden("createUniqueConstraint", { kind: "createUniqueConstraint", name: "uq", table: "t", columns: ["a"] }, "ALTER TABLE `t` ADD CONSTRAINT `uq` UNIQUE (`a`)");
  golden(
    "createForeignKey",
    { kind: "createForeignKey", name: "fk", table: "t", columns: ["a"], refTable: "p", refColumns: ["id"], onUpdate: "set null" },
    "ALTER TABLE `t` ADD CONSTRAINT `fk` FOREIGN KEY (`a`) REFERENCES `p` (`id`) ON UPDATE SET NULL",
  );
  golden("createCheckConstraint", { kind: "createCheckConstraint", name: "ck", table: "t", expression: "a > 0" }, "ALTER TABLE `t` ADD CONSTRAINT `ck` CHECK (a > 0)");
  golden("drop primary key", { kind: "dropConstraint", name: "pk", table: "t", constraintType: "primaryKey" }, "ALTER TABLE `t` DROP PRIMARY KEY");
  golden("drop unique", { kind: "dropConstraint", name: "uq", table: "t", constraintType: "unique" }, "ALTER TABLE `t` DROP INDEX `uq`");
  golden("drop foreign key", { kind: "dropConstraint", name: "fk", table: "t", constraintType: "foreignKey" }, "ALTER TABLE `t` DROP FOREIGN KEY `fk`");
  refused(
    "a comment with a character beyond U+FFFF",
    { kind: "setTableComment", table: "t", comment: "launch 🚀" },
    "DIALECT.UNSUPPORTED_VALUE",
    /beyond U\+FFFF .* cannot store in a comment/,
  );
  test("drop foreign key on MariaDB also drops the index the server made for it", () => {
    const op: Operation = { kind: "dropConstraint", name: "fk", table: "t", constraintType: "foreignKey" };
    assert.deepEqual(createMysqlRenderer({ serverVersion: 101106 }).renderOperation(op).map((s) => s.sql), [
      "ALTER TABLE `t` DROP FOREIGN KEY `fk`, DROP INDEX IF EXISTS `fk`",
    ]);
  });
  golden("drop check", { kind: "dropConstraint", name: "ck", table: "t", constraintType: "check" }, "ALTER TABLE `t` DROP CONSTRAINT `ck`");
  refused("deferrable foreign key", { kind: "createForeignKey", name: "fk", table: "t", columns: ["a"], refTable: "p", refColumns: ["id"], deferrable: true }, "DIALECT.UNSUPPORTED", /deferrable foreign key is not supported on mysql/);
  refused("NOT VALID", { kind: "createCheckConstraint", name: "ck", table: "t", expression: "a > 0", notValid: true }, "DIALECT.UNSUPPORTED", /notValid is not supported on mysql/);
});

describe("MySQL golden SQL: PostgreSQL-only operations", () => {
  refused("createSchema", { kind: "createSchema", name: "s" }, "DIALECT.UNSUPPORTED", /create schema s is not supported on mysql; a MySQL schema is a database/);
  refused("createEnum", { kind: "createEnum", name: "mood", values: ["a"] }, "DIALECT.UNSUPPORTED", /is not supported on mysql; MySQL writes an enum inline in its column: .*op\.alterColumn/);
  refused("addEnumValue", { kind: "addEnumValue", name: "mood", value: "b" }, "DIALECT.UNSUPPORTED", /is not supported on mysql; MySQL writes an enum inline/);
});

describe("MySQL data operations and literals", () => {
  test("execute turns $n into ? with the values in use order", () => {
    assert.deepEqual(render({ kind: "execute", sql: "UPDATE t SET a = $2, b = '$1', `c$1` = $1 WHERE d = $2 -- $1", params: ["x", 5] }), [
      { sql: "UPDATE t SET a = ?, b = '$1', `c$1` = ? WHERE d = ? -- $1", params: [5, "x", 5] },
    ]);
  });
  test("bulkInsert binds every value as ?, missing cells DEFAULT, sql() verbatim", () => {
    const when = new Date("2024-01-02T03:04:05.678Z");
    assert.deepEqual(
      render({ kind: "bulkInsert", table: "t", rows: [{ a: 1, b: { k: [1] }, c: when }, { a: 2n, d: new Uint8Array([1, 255]), e: sql("NOW()") }] }),
      [
        {
          sql: "INSERT INTO `t` (`a`, `b`, `c`, `d`, `e`) VALUES (?, ?, ?, DEFAULT, DEFAULT), (?, DEFAULT, DEFAULT, ?, NOW())",
          params: [1, '{"k":[1]}', "2024-01-02 03:04:05.678", "2", Buffer.from([1, 255])],
        },
      ],
    );
  });
  test("inline: literals safe with and without NO_BACKSLASH_ESCAPES", () => {
    assert.equal(
      inline({ sql: "INSERT INTO `t?` VALUES (?, ?, ?, ?, ?, ?, '?')", params: ["it's", "a\\b", null, true, -1, Buffer.from("hi")] }),
      "INSERT INTO `t?` VALUES ('it''s', _utf8mb4 X'615c62', NULL, TRUE, (-1), X'6869', '?')",
    );
    assert.equal(mysqlRenderer.renderLiteral(new Date("2024-01-02T03:04:05Z")), "'2024-01-02 03:04:05'");
    assert.throws(() => mysqlRenderer.renderLiteral(Number.NaN), /NaN/);
    assert.throws(() => mysqlRenderer.renderLiteral([1, 2]), /JSON\.stringify/);
  });
});
