/**
 * The single-change cases of the PostgreSQL suite adapted to MySQL: each a
 * database before (DDL as a MySQL user writes it) and after, with the models
 * of each side and the operation kinds expected each way.
 */
import assert from "node:assert/strict";
import type { Operation } from "../../../src/operations/operation.js";
import type { ColumnDefinition } from "../../../src/schema/column.js";
import { sql } from "../../../src/schema/sql-expression.js";
import { defineTable, type TableDefinition } from "../../../src/schema/table.js";
import { t } from "../../../src/schema/types-builder.js";

export interface Side {
  readonly ddl: readonly string[];
  readonly models: readonly TableDefinition[];
}

export interface Case {
  readonly name: string;
  readonly before: Side;
  readonly after: Side;
  /** Operation kinds from before to after. */
  readonly up: readonly string[];
  /** Operation kinds from after back to before. */
  readonly down: readonly string[];
  readonly check?: (ops: readonly Operation[], warnings: readonly string[]) => void;
  /**
   * What compare still finds against `before` once the downgrade ran, when
   * MySQL itself keeps something (the index it made for a foreign key stays
   * when the key is dropped).
   */
  readonly downgradeLeaves?: readonly string[];
}

const idCol: ColumnDefinition = { name: "id", type: t.integer(), primaryKey: true, identity: "byDefault" };
const ID = "id INT NOT NULL AUTO_INCREMENT PRIMARY KEY";
const users = (cols: string, ...columns: ColumnDefinition[]): Side => ({
  ddl: [`CREATE TABLE users (${ID}${cols ? `, ${cols}` : ""})`],
  models: [defineTable("users", { columns: [idCol, ...columns] })],
});
const col = (name: string, type: ColumnDefinition["type"], extra: Partial<ColumnDefinition> = {}): ColumnDefinition => ({ name, type, ...extra });
const withUsers = (side: Side, ddl: string[], models: TableDefinition[]): Side => ({ ddl: [...side.ddl, ...ddl], models: [...side.models, ...models] });

/** users with a column `name` under a unique key and an index. */
const keyed = (name: string): Side => ({
  ddl: [`CREATE TABLE users (${ID}, \`${name}\` VARCHAR(50), UNIQUE KEY uq_email (\`${name}\`), KEY ix_email (\`${name}\`, id))`],
  models: [
    defineTable("users", {
      columns: [idCol, col(name, t.varchar(50))],
      uniques: [{ name: "uq_email", columns: [name] }],
      indexes: [{ name: "ix_email", columns: [name, "id"] }],
    }),
  ],
});

export const changeCases: Case[] = [
  { name: "add a table", before: users(""), after: withUsers(users(""), [`CREATE TABLE teams (${ID})`], [defineTable("teams", { columns: [idCol] })]), up: ["createTable"], down: ["dropTable"] },
  { name: "add a nullable column", before: users(""), after: users("email TEXT", col("email", t.text())), up: ["addColumn"], down: ["dropColumn"] },
  {
    name: "add a NOT NULL column with a default",
    before: users(""),
    after: users("status VARCHAR(10) NOT NULL DEFAULT 'new'", col("status", t.varchar(10), { nullable: false, default: "new" })),
    up: ["addColumn"],
    down: ["dropColumn"],
  },
  // column names fold case on MySQL: the model's spelling is a rename, not a drop (with the data) and an add
  { name: "a column's name changes only in case", before: users("Email VARCHAR(50)", col("Email", t.varchar(50))), after: users("EMAIL VARCHAR(50)", col("EMAIL", t.varchar(50))), up: ["alterColumn"], down: ["alterColumn"] },
  {
    // RENAME COLUMN keeps the column's keys: they are compared as they read after it, not dropped and made again
    name: "a column renamed (in case) keeps its index and unique key",
    before: keyed("Email"),
    after: keyed("EMAIL"),
    up: ["alterColumn"],
    down: ["alterColumn"],
  },
  { name: "widen varchar", before: users("name VARCHAR(50)", col("name", t.varchar(50))), after: users("name VARCHAR(255)", col("name", t.varchar(255))), up: ["alterColumn"], down: ["alterColumn"] },
  { name: "integer to bigint", before: users("n INT", col("n", t.integer())), after: users("n BIGINT", col("n", t.bigint())), up: ["alterColumn"], down: ["alterColumn"] },
  { name: "int to int unsigned", before: users("n INT", col("n", t.integer())), after: users("n INT UNSIGNED", col("n", t.sql("int unsigned"))), up: ["alterColumn"], down: ["alterColumn"] },
  { name: "datetime to timestamp", before: users("at DATETIME", col("at", t.timestamp())), after: users("at TIMESTAMP NULL", col("at", t.timestamptz())), up: ["alterColumn"], down: ["alterColumn"] },
  { name: "fractional seconds precision", before: users("at DATETIME", col("at", t.timestamp())), after: users("at DATETIME(3)", col("at", t.timestamp(3))), up: ["alterColumn"], down: ["alterColumn"] },
  { name: "decimal precision", before: users("p DECIMAL(10,2)", col("p", t.numeric(10, 2))), after: users("p DECIMAL(12,4)", col("p", t.numeric(12, 4))), up: ["alterColumn"], down: ["alterColumn"] },
  {
    name: "enum gains a value",
    before: users("mood ENUM('sad','ok')", col("mood", t.enum("mood", ["sad", "ok"]))),
    after: users("mood ENUM('sad','ok','happy')", col("mood", t.enum("mood", ["sad", "ok", "happy"]))),
    up: ["alterColumn"],
    down: ["alterColumn"],
    check: (ops) => {
      const op = ops[0] as Extract<Operation, { kind: "alterColumn" }>;
      assert.deepEqual(op.type, { kind: "enum", name: "mood", values: ["sad", "ok", "happy"] });
      // the catalog's ENUM is read as the enum it is: lint sees the values are appended, the review notes no narrowing
      assert.deepEqual(op.existingType, { kind: "enum", name: "mood", values: ["sad", "ok"] });
    },
  },
  { name: "boolean to tinyint", before: users("f BOOLEAN", col("f", t.boolean())), after: users("f TINYINT", col("f", t.sql("tinyint"))), up: ["alterColumn"], down: ["alterColumn"] },
  { name: "json to longtext", before: users("doc JSON", col("doc", t.json())), after: users("doc LONGTEXT", col("doc", t.sql("longtext"))), up: ["alterColumn"], down: ["alterColumn"] },
  { name: "set NOT NULL", before: users("e VARCHAR(9) DEFAULT ''", col("e", t.varchar(9), { default: "" })), after: users("e VARCHAR(9) NOT NULL DEFAULT ''", col("e", t.varchar(9), { nullable: false, default: "" })), up: ["alterColumn"], down: ["alterColumn"] },
  { name: "add a default", before: users("s VARCHAR(9)", col("s", t.varchar(9))), after: users("s VARCHAR(9) DEFAULT 'draft'", col("s", t.varchar(9), { default: "draft" })), up: ["alterColumn"], down: ["alterColumn"] },
  { name: "change a default", before: users("s VARCHAR(9) DEFAULT 'a'", col("s", t.varchar(9), { default: "a" })), after: users("s VARCHAR(9) DEFAULT 'b'", col("s", t.varchar(9), { default: "b" })), up: ["alterColumn"], down: ["alterColumn"] },
  { name: "remove a default", before: users("s INT DEFAULT 1", col("s", t.integer(), { default: 1 })), after: users("s INT", col("s", t.integer())), up: ["alterColumn"], down: ["alterColumn"] },
  {
    name: "default becomes CURRENT_TIMESTAMP(3)",
    before: users("at DATETIME(3) DEFAULT '2024-01-01 00:00:00.000'", col("at", t.timestamp(3), { default: "2024-01-01 00:00:00.000" })),
    after: users("at DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3)", col("at", t.timestamp(3), { default: sql("CURRENT_TIMESTAMP(3)") })),
    up: ["alterColumn"],
    down: ["alterColumn"],
  },
  {
    name: "ON UPDATE CURRENT_TIMESTAMP added",
    before: users("at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP", col("at", t.timestamptz(), { nullable: false, default: sql("CURRENT_TIMESTAMP") })),
    after: users(
      "at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP",
      col("at", t.timestamptz(), { nullable: false, default: sql("CURRENT_TIMESTAMP"), mysql: { onUpdateCurrentTimestamp: true } }),
    ),
    up: ["alterColumn"],
    down: ["alterColumn"],
    check: (ops) => assert.deepEqual((ops[0] as Extract<Operation, { kind: "alterColumn" }>).mysql, { onUpdateCurrentTimestamp: true }),
  },
  {
    name: "collation changed",
    before: users("code VARCHAR(9)", col("code", t.varchar(9))),
    after: users("code VARCHAR(9) COLLATE utf8mb4_bin", col("code", t.varchar(9), { mysql: { collation: "utf8mb4_bin" } })),
    up: ["alterColumn"],
    down: ["alterColumn"],
  },
  {
    name: "widening an AUTO_INCREMENT key keeps AUTO_INCREMENT",
    before: { ddl: [`CREATE TABLE users (${ID})`], models: [defineTable("users", { columns: [idCol] })] },
    after: {
      ddl: ["CREATE TABLE users (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY)"],
      models: [defineTable("users", { columns: [{ ...idCol, type: t.bigint() }] })],
    },
    up: ["alterColumn"],
    down: ["alterColumn"],
    check: (ops) => assert.deepEqual((ops[0] as Extract<Operation, { kind: "alterColumn" }>).mysql, { autoIncrement: true }),
  },
  { name: "add a column-level unique", before: users("e VARCHAR(99)", col("e", t.varchar(99))), after: users("e VARCHAR(99) UNIQUE", col("e", t.varchar(99), { unique: true })), up: ["createUniqueConstraint"], down: ["dropConstraint"] },
  {
    name: "unique index in the model, unique key in the database",
    before: users("e VARCHAR(99)", col("e", t.varchar(99))),
    after: {
      ddl: [`CREATE TABLE users (${ID}, e VARCHAR(99), UNIQUE KEY users_e_idx (e))`],
      models: [defineTable("users", { columns: [idCol, col("e", t.varchar(99))], indexes: [{ name: "users_e_idx", columns: ["e"], unique: true }] })],
    },
    up: ["createUniqueConstraint"],
    down: ["dropConstraint"],
  },
  {
    name: "add a foreign key (the index MySQL adds for it is not a model index; on MariaDB the downgrade drops it too)",
    before: withUsers(users(""), [`CREATE TABLE posts (${ID}, user_id INT)`], [defineTable("posts", { columns: [idCol, col("user_id", t.integer())] })]),
    after: withUsers(
      users(""),
      [`CREATE TABLE posts (${ID}, user_id INT, CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id))`],
      [defineTable("posts", { columns: [idCol, col("user_id", t.integer(), { references: { table: "users", column: "id", name: "posts_user_fk" } })] })],
    ),
    up: ["createForeignKey"],
    down: ["dropConstraint"],
  },
  {
    name: "change a foreign key's ON DELETE",
    before: withUsers(
      users(""),
      [`CREATE TABLE posts (${ID}, user_id INT, CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id))`],
      [defineTable("posts", { columns: [idCol, col("user_id", t.integer(), { references: { table: "users", column: "id", name: "posts_user_fk" } })] })],
    ),
    after: withUsers(
      users(""),
      [`CREATE TABLE posts (${ID}, user_id INT, CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE)`],
      [defineTable("posts", { columns: [idCol, col("user_id", t.integer(), { references: { table: "users", column: "id", name: "posts_user_fk", onDelete: "cascade" } })] })],
    ),
    up: ["dropConstraint", "createForeignKey"],
    down: ["dropConstraint", "createForeignKey"],
  },
  {
    name: "add a check",
    before: users("qty INT", col("qty", t.integer())),
    after: { ddl: [`CREATE TABLE users (${ID}, qty INT, CONSTRAINT qty_ok CHECK (qty >= 0))`], models: [defineTable("users", { columns: [idCol, col("qty", t.integer())], checks: [{ name: "qty_ok", expression: "qty >= 0" }] })] },
    up: ["createCheckConstraint"],
    down: ["dropConstraint"],
  },
  {
    name: "change a named check's condition",
    before: { ddl: [`CREATE TABLE users (${ID}, qty INT, CONSTRAINT qty_ok CHECK (qty >= 0))`], models: [defineTable("users", { columns: [idCol, col("qty", t.integer())], checks: [{ name: "qty_ok", expression: "qty >= 0" }] })] },
    after: {
      ddl: [`CREATE TABLE users (${ID}, qty INT, CONSTRAINT qty_ok CHECK (qty BETWEEN 0 AND 10))`],
      models: [defineTable("users", { columns: [idCol, col("qty", t.integer())], checks: [{ name: "qty_ok", expression: "qty BETWEEN 0 AND 10" }] })],
    },
    up: ["dropConstraint", "createCheckConstraint"],
    down: ["dropConstraint", "createCheckConstraint"],
  },
  {
    name: "change an unnamed check's condition",
    before: { ddl: [`CREATE TABLE users (${ID}, qty INT, CHECK (qty >= 0))`], models: [defineTable("users", { columns: [idCol, col("qty", t.integer())], checks: [{ expression: "qty >= 0" }] })] },
    after: { ddl: [`CREATE TABLE users (${ID}, qty INT, CHECK (qty > 0))`], models: [defineTable("users", { columns: [idCol, col("qty", t.integer())], checks: [{ expression: "qty > 0" }] })] },
    up: ["dropConstraint", "createCheckConstraint"],
    down: ["dropConstraint", "createCheckConstraint"],
  },
  {
    name: "add an index",
    before: users("e VARCHAR(99)", col("e", t.varchar(99))),
    after: { ddl: [`CREATE TABLE users (${ID}, e VARCHAR(99), KEY ix_e (e))`], models: [defineTable("users", { columns: [idCol, col("e", t.varchar(99))], indexes: [{ name: "ix_e", columns: ["e"] }] })] },
    up: ["createIndex"],
    down: ["dropIndex"],
  },
  {
    name: "index becomes descending",
    before: { ddl: [`CREATE TABLE users (${ID}, e VARCHAR(99), KEY ix_e (e))`], models: [defineTable("users", { columns: [idCol, col("e", t.varchar(99))], indexes: [{ name: "ix_e", columns: ["e"] }] })] },
    after: {
      ddl: [`CREATE TABLE users (${ID}, e VARCHAR(99), KEY ix_e (e DESC))`],
      models: [defineTable("users", { columns: [idCol, col("e", t.varchar(99))], indexes: [{ name: "ix_e", columns: [{ column: "e", order: "desc" }] }] })],
    },
    up: ["dropIndex", "createIndex"],
    down: ["dropIndex", "createIndex"],
  },
  {
    name: "index prefix length changes",
    before: { ddl: [`CREATE TABLE users (${ID}, b TEXT, KEY ix_b (b(10)))`], models: [defineTable("users", { columns: [idCol, col("b", t.text())], indexes: [{ name: "ix_b", columns: ["b"], mysql: { prefixLengths: { b: 10 } } }] })] },
    after: { ddl: [`CREATE TABLE users (${ID}, b TEXT, KEY ix_b (b(20)))`], models: [defineTable("users", { columns: [idCol, col("b", t.text())], indexes: [{ name: "ix_b", columns: ["b"], mysql: { prefixLengths: { b: 20 } } }] })] },
    up: ["dropIndex", "createIndex"],
    down: ["dropIndex", "createIndex"],
  },
  {
    name: "index becomes FULLTEXT",
    before: { ddl: [`CREATE TABLE users (${ID}, b VARCHAR(99), KEY ix_b (b))`], models: [defineTable("users", { columns: [idCol, col("b", t.varchar(99))], indexes: [{ name: "ix_b", columns: ["b"] }] })] },
    after: {
      ddl: [`CREATE TABLE users (${ID}, b VARCHAR(99), FULLTEXT KEY ix_b (b))`],
      models: [defineTable("users", { columns: [idCol, col("b", t.varchar(99))], indexes: [{ name: "ix_b", columns: ["b"], mysql: { indexType: "fulltext" } }] })],
    },
    up: ["dropIndex", "createIndex"],
    down: ["dropIndex", "createIndex"],
  },
  { name: "table comment added", before: users(""), after: { ddl: [`CREATE TABLE users (${ID}) COMMENT 'people'`], models: [defineTable("users", { columns: [idCol], comment: "people" })] }, up: ["setTableComment"], down: ["setTableComment"] },
  {
    name: "column comment changed (MySQL rewrites the column: an alterColumn)",
    before: users("e TEXT COMMENT 'a'", col("e", t.text(), { comment: "a" })),
    after: users("e TEXT COMMENT 'b''s'", col("e", t.text(), { comment: "b's" })),
    up: ["alterColumn"],
    down: ["alterColumn"],
    check: (ops) => {
      const op = ops[0] as Extract<Operation, { kind: "alterColumn" }>;
      assert.equal(op.comment, "b's");
      assert.equal(op.existingComment, "a");
    },
  },
  {
    name: "generated expression changes: altered in place (MODIFY COLUMN), both expressions in the op",
    before: users("a INT, g INT AS (a + 1) STORED", col("a", t.integer()), col("g", t.integer(), { generated: { expression: sql("a + 1") } })),
    after: users("a INT, g INT AS (a + 2) STORED", col("a", t.integer()), col("g", t.integer(), { generated: { expression: sql("a + 2") } })),
    up: ["alterColumn"],
    down: ["alterColumn"],
    check: (ops, warnings) => {
      const op = ops[0] as Extract<Operation, { kind: "alterColumn" }>;
      assert.deepEqual(op.mysql?.generated, { expression: sql("a + 2"), stored: true });
      assert.deepEqual(op.existingMysql?.generated, { expression: sql("`a` + 1"), stored: true });
      assert.deepEqual(warnings, []);
    },
  },
  {
    name: "generated column changes between STORED and VIRTUAL: drop and add (neither server MODIFYs that)",
    before: users("a INT, g INT AS (a + 1) STORED", col("a", t.integer()), col("g", t.integer(), { generated: { expression: sql("a + 1") } })),
    after: users("a INT, g INT AS (a + 1) VIRTUAL", col("a", t.integer()), col("g", t.integer(), { generated: { expression: sql("a + 1"), stored: false } })),
    up: ["dropColumn", "addColumn"],
    down: ["dropColumn", "addColumn"],
  },
  {
    name: "primary key added",
    before: { ddl: ["CREATE TABLE users (id INT NOT NULL)"], models: [defineTable("users", { columns: [col("id", t.integer(), { nullable: false })] })] },
    after: { ddl: ["CREATE TABLE users (id INT NOT NULL PRIMARY KEY)"], models: [defineTable("users", { columns: [col("id", t.integer(), { primaryKey: true })] })] },
    up: ["createPrimaryKey"],
    down: ["dropConstraint"],
  },
];

