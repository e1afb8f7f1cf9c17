/**
 * MySQL/MariaDB corpus: schemas written the way a MySQL user writes DDL
 * (raw SQL), each paired with the Athanor models that describe it. Built on
 * an empty database, the models must compare clean: every type, default,
 * constraint and index form the introspector and comparator normalise.
 */
import { mysql } from "../../../src/dialects/mysql/type-builders.js";
import { sql } from "../../../src/schema/sql-expression.js";
import { defineTable, type TableDefinition } from "../../../src/schema/table.js";
import { t } from "../../../src/schema/types-builder.js";

export interface MysqlCorpusEntry {
  readonly name: string;
  readonly ddl: readonly string[];
  readonly models: readonly TableDefinition[];
}

const id = { name: "id", type: t.integer(), primaryKey: true, identity: "byDefault" as const };

export const mysqlCorpus: readonly MysqlCorpusEntry[] = [
  {
    name: "portable types",
    ddl: [
      `CREATE TABLE everything (
        id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
        s SMALLINT, i INTEGER, b BIGINT NOT NULL, flag BOOLEAN NOT NULL, body TEXT, name VARCHAR(255) NOT NULL, code CHAR(3),
        price DECIMAL(10,2), whole NUMERIC, r FLOAT, d DOUBLE, day DATE, at_time TIME, at_time3 TIME(3),
        created DATETIME, created6 DATETIME(6), seen TIMESTAMP NULL, seen3 TIMESTAMP(3) NULL,
        uid CHAR(36), doc JSON, data LONGBLOB, mood ENUM('sad','ok','happy') NOT NULL
      )`,
    ],
    models: [
      defineTable("everything", {
        columns: [
          id,
          { name: "s", type: t.smallint() },
          { name: "i", type: t.integer() },
          { name: "b", type: t.bigint(), nullable: false },
          { name: "flag", type: t.boolean(), nullable: false },
          { name: "body", type: t.text() },
          { name: "name", type: t.varchar(255), nullable: false },
          { name: "code", type: t.char(3) },
          { name: "price", type: t.numeric(10, 2) },
          { name: "whole", type: t.numeric(10, 0) },
          { name: "r", type: t.real() },
          { name: "d", type: t.double() },
          { name: "day", type: t.date() },
          { name: "at_time", type: t.time() },
          { name: "at_time3", type: t.time(3) },
          { name: "created", type: t.timestamp() },
          { name: "created6", type: t.timestamp(6) },
          { name: "seen", type: t.timestamptz() },
          { name: "seen3", type: t.timestamptz(3) },
          { name: "uid", type: t.uuid() },
          { name: "doc", type: t.json() },
          { name: "data", type: t.binary() },
          { name: "mood", type: t.enum("mood", ["sad", "ok", "happy"]), nullable: false },
        ],
      }),
    ],
  },
  {
    name: "MySQL-only types as raw type text",
    ddl: [
      `CREATE TABLE raws (
        a TINYINT, b TINYINT UNSIGNED NOT NULL, c SMALLINT UNSIGNED, d MEDIUMINT, e INT UNSIGNED, f BIGINT UNSIGNED,
        g YEAR, h TINYTEXT, i MEDIUMTEXT, j LONGTEXT, k BLOB, l VARBINARY(16), m BINARY(4), n BIT(3),
        o SET('x','y','z'), p DECIMAL(20,6) UNSIGNED, q TINYINT(2), r INT(11) ZEROFILL
      )`,
    ],
    models: [
      defineTable("raws", {
        columns: [
          { name: "a", type: t.sql("tinyint") },
          { name: "b", type: t.sql("TINYINT UNSIGNED"), nullable: false },
          { name: "c", type: t.sql("smallint unsigned") },
          { name: "d", type: t.sql("mediumint") },
          { name: "e", type: t.sql("int unsigned") },
          { name: "f", type: t.sql("bigint unsigned") },
          { name: "g", type: t.sql("year") },
          { name: "h", type: t.sql("tinytext") },
          { name: "i", type: t.sql("mediumtext") },
          { name: "j", type: t.sql("longtext") },
          { name: "k", type: t.sql("blob") },
          { name: "l", type: t.sql("varbinary(16)") },
          { name: "m", type: t.sql("binary(4)") },
          { name: "n", type: t.sql("bit(3)") },
          { name: "o", type: t.sql("set('x', 'y', 'z')") },
          { name: "p", type: t.sql("decimal(20,6) unsigned") },
          { name: "q", type: t.sql("tinyint") },
          { name: "r", type: t.sql("int unsigned") },
        ],
      }),
    ],
  },
  {
    name: "literal defaults",
    ddl: [
      `CREATE TABLE defaults (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, PRIMARY KEY (id),
        s VARCHAR(20) NOT NULL DEFAULT 'abc', q VARCHAR(20) DEFAULT 'it''s', n VARCHAR(20) DEFAULT 'NULL', e VARCHAR(20) DEFAULT '',
        z VARCHAR(20) DEFAULT NULL, i INT NOT NULL DEFAULT 0, neg INT DEFAULT -5, big BIGINT DEFAULT 9007199254740993,
        price DECIMAL(8,2) DEFAULT 1.50, r DOUBLE DEFAULT 2.5, on_flag BOOLEAN NOT NULL DEFAULT TRUE, off_flag TINYINT(1) DEFAULT 0,
        day DATE DEFAULT '2024-01-31', at DATETIME DEFAULT '2024-01-31 10:20:30', mood ENUM('a','b') DEFAULT 'b',
        doc JSON DEFAULT '{"a": 1}'
      )`,
    ],
    models: [
      defineTable("defaults", {
        columns: [
          { name: "id", type: t.sql("bigint unsigned"), primaryKey: true, identity: "always" },
          { name: "s", type: t.varchar(20), nullable: false, default: "abc" },
          { name: "q", type: t.varchar(20), default: "it's" },
          { name: "n", type: t.varchar(20), default: "NULL" },
          { name: "e", type: t.varchar(20), default: "" },
          { name: "z", type: t.varchar(20), default: null },
          { name: "i", type: t.integer(), nullable: false, default: 0 },
          { name: "neg", type: t.integer(), default: -5 },
          { name: "big", type: t.bigint(), default: 9007199254740993n },
          { name: "price", type: t.numeric(8, 2), default: 1.5 },
          { name: "r", type: t.double(), default: 2.5 },
          { name: "on_flag", type: t.boolean(), nullable: false, default: true },
          { name: "off_flag", type: t.boolean(), default: false },
          { name: "day", type: t.date(), default: new Date("2024-01-31T00:00:00Z") },
          { name: "at", type: t.timestamp(), default: "2024-01-31 10:20:30" },
          { name: "mood", type: t.enum("mood", ["a", "b"]), default: "b" },
          { name: "doc", type: t.json(), default: { a: 1 } },
        ],
      }),
    ],
  },
  {
    name: "expression defaults, CURRENT_TIMESTAMP(n) and ON UPDATE",
    ddl: [
      `CREATE TABLE stamps (
        id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
        created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
        updated TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
        created3 DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated3 DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        touched DATETIME DEFAULT NOW() ON UPDATE NOW(),
        token VARCHAR(36) DEFAULT (uuid()),
        total INT DEFAULT (1 + 2)
      )`,
    ],
    models: [
      defineTable("stamps", {
        columns: [
          id,
          { name: "created", type: t.timestamptz(), nullable: false, default: sql("CURRENT_TIMESTAMP") },
          { name: "updated", type: t.timestamptz(), nullable: false, default: sql("now()"), mysql: { onUpdateCurrentTimestamp: true } },
          { name: "created3", type: t.timestamp(3), nullable: false, default: sql("CURRENT_TIMESTAMP(3)") },
          { name: "updated3", type: t.timestamp(3), default: sql("CURRENT_TIMESTAMP(3)"), mysql: { onUpdateCurrentTimestamp: true } },
          { name: "touched", type: t.timestamp(), default: sql("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP") },
          { name: "token", type: t.varchar(36), default: sql("(UUID())") },
          { name: "total", type: t.integer(), default: sql("1+2") },
        ],
      }),
    ],
  },
  {
    name: "keys, uniques, foreign keys and the index MySQL adds for them",
    ddl: [
      `CREATE TABLE users (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, email VARCHAR(255) NOT NULL UNIQUE, org INT, handle VARCHAR(40),
         CONSTRAINT users_org_handle_unique UNIQUE (org, handle))`,
      `CREATE TABLE posts (
        id INT NOT NULL AUTO_INCREMENT, author_id INT NOT NULL, editor_id INT, slug VARCHAR(100) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY posts_slug_idx (slug),
        CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE,
        FOREIGN KEY (editor_id) REFERENCES users (id) ON DELETE SET NULL ON UPDATE RESTRICT
      )`,
      `CREATE TABLE tags (post_id INT NOT NULL, tag VARCHAR(30) NOT NULL, PRIMARY KEY (post_id, tag),
         FOREIGN KEY (post_id) REFERENCES posts (id))`,
    ],
    models: [
      defineTable("users", {
        columns: [id, { name: "email", type: t.varchar(255), nullable: false, unique: true }, { name: "org", type: t.integer() }, { name: "handle", type: t.varchar(40) }],
        uniques: [{ name: "users_org_handle_unique", columns: ["org", "handle"] }],
      }),
      defineTable("posts", {
        columns: [
          id,
          { name: "author_id", type: t.integer(), nullable: false, references: { table: "users", column: "id", name: "posts_author_fk", onDelete: "cascade" } },
          { name: "editor_id", type: t.integer(), references: { table: "users", column: "id", onDelete: "set null", onUpdate: "restrict" } },
          { name: "slug", type: t.varchar(100), nullable: false },
        ],
        indexes: [{ name: "posts_slug_idx", columns: ["slug"], unique: true }],
      }),
      defineTable("tags", {
        columns: [
          { name: "post_id", type: t.integer(), references: { table: "posts", column: "id" } },
          { name: "tag", type: t.varchar(30) },
        ],
        primaryKey: { name: "tags_pkey", columns: ["post_id", "tag"] },
      }),
    ],
  },
  {
    name: "indexes: composite, descending, prefix, FULLTEXT, index covering a foreign key",
    ddl: [
      `CREATE TABLE authors (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY)`,
      `CREATE TABLE articles (
        id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, author_id INT NOT NULL, title VARCHAR(200) NOT NULL, body TEXT, published DATETIME,
        KEY articles_author_published_idx (author_id, published DESC),
        KEY articles_body_prefix (body(100)),
        UNIQUE KEY articles_title_prefix (title(50)),
        FULLTEXT KEY articles_search (title, body),
        CONSTRAINT articles_author_fk FOREIGN KEY (author_id) REFERENCES authors (id)
      )`,
    ],
    models: [
      defineTable("authors", { columns: [id] }),
      defineTable("articles", {
        columns: [
          id,
          { name: "author_id", type: t.integer(), nullable: false },
          { name: "title", type: t.varchar(200), nullable: false },
          { name: "body", type: t.text() },
          { name: "published", type: t.timestamp() },
        ],
        foreignKeys: [{ name: "articles_author_fk", columns: ["author_id"], refTable: "authors", refColumns: ["id"] }],
        indexes: [
          { name: "articles_author_published_idx", columns: ["author_id", { column: "published", order: "desc" }] },
          { name: "articles_body_prefix", columns: ["body"], mysql: { prefixLengths: { body: 100 } } },
          { name: "articles_title_prefix", columns: ["title"], unique: true, mysql: { prefixLengths: { title: 50 } } },
          { name: "articles_search", columns: ["title", "body"], mysql: { indexType: "fulltext" } },
        ],
      }),
    ],
  },
  {
    // MariaDB reports SUB_PART 32 for a spatial index's column (Sakila's address.location): not a prefix
    name: "a SPATIAL index on a GEOMETRY column",
    ddl: [`CREATE TABLE places (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, location GEOMETRY NOT NULL, SPATIAL KEY places_location (location))`],
    models: [
      defineTable("places", {
        columns: [id, { name: "location", type: mysql.geometry(), nullable: false }],
        indexes: [{ name: "places_location", columns: ["location"], mysql: { indexType: "spatial" } }],
      }),
    ],
  },
  {
    name: "CHECK constraints, named and unnamed, column-level and table-level",
    ddl: [
      `CREATE TABLE products (
        id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
        price DECIMAL(10,2) NOT NULL CHECK (price >= 0),
        qty INT NOT NULL, kind VARCHAR(10) NOT NULL,
        CONSTRAINT products_qty_check CHECK (qty BETWEEN 0 AND 1000),
        CONSTRAINT products_kind_check CHECK (kind IN ('a', 'b') AND (qty > 0 OR kind <> 'b')),
        CHECK (char_length(kind) > 0)
      )`,
    ],
    models: [
      defineTable("products", {
        columns: [
          id,
          { name: "price", type: t.numeric(10, 2), nullable: false },
          { name: "qty", type: t.integer(), nullable: false },
          { name: "kind", type: t.varchar(10), nullable: false },
        ],
        checks: [
          { expression: sql("price >= 0") },
          { name: "products_qty_check", expression: sql("qty between 0 and 1000") },
          { name: "products_kind_check", expression: sql("kind in ('a','b') and (qty > 0 or kind != 'b')") },
          { expression: sql("CHAR_LENGTH(`kind`) > 0") },
        ],
      }),
    ],
  },
  {
    name: "generated columns, comments, charset and collation",
    ddl: [
      `CREATE TABLE order_lines (
        id INT NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT 'the key',
        price DECIMAL(10,2) NOT NULL, qty INT NOT NULL,
        total DECIMAL(12,2) AS (price * qty) STORED,
        label VARCHAR(50) GENERATED ALWAYS AS (concat('#', id)) VIRTUAL,
        code VARCHAR(20) COLLATE utf8mb4_bin,
        legacy VARCHAR(20) CHARACTER SET latin1,
        note TEXT COMMENT 'free text'
      ) COMMENT 'order lines'`,
    ],
    models: [
      defineTable("order_lines", {
        comment: "order lines",
        columns: [
          { ...id, comment: "the key" },
          { name: "price", type: t.numeric(10, 2), nullable: false },
          { name: "qty", type: t.integer(), nullable: false },
          { name: "total", type: t.numeric(12, 2), generated: { expression: sql("price * qty") } },
          { name: "label", type: t.varchar(50), generated: { expression: sql("CONCAT('#', `id`)"), stored: false } },
          { name: "code", type: t.varchar(20), mysql: { collation: "utf8mb4_bin" } },
          { name: "legacy", type: t.varchar(20), mysql: { charset: "latin1" } },
          { name: "note", type: t.text(), comment: "free text" },
        ],
      }),
    ],
  },
];
