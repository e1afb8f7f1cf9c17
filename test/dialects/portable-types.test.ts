/**
 * The portable type vocabulary (`t`), the PostgreSQL namespace (`pg`), the
 * old `t.*` aliases (same objects, same SQL as before), and the
 * DIALECT.UNSUPPORTED refusal a dialect gives for a type it cannot store.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { pg } from "../../src/dialects/postgres/type-builders.js";
import { postgresRenderer } from "../../src/dialects/postgres/renderer.js";
import { portableTypesOnly, refuseUnsupportedTypes, unsupportedMessage } from "../../src/dialects/unsupported.js";
import { isAthanorError } from "../../src/errors.js";
import type { Operation } from "../../src/operations/operation.js";
import type { ColumnType } from "../../src/schema/column-type.js";
import { isPortableType } from "../../src/schema/portable-type.js";
import { t } from "../../src/schema/types-builder.js";

function ddl(type: ColumnType): string {
  const [stmt] = postgresRenderer.renderOperation({ kind: "addColumn", table: "x", column: { name: "c", type } });
  return (stmt?.sql ?? "").replace('ALTER TABLE "x" ADD COLUMN "c" ', "");
}

describe("portable types: t", () => {
  test("the portable core renders as before on PostgreSQL", () => {
    const cases: Array<[ColumnType, string]> = [
      [t.smallint(), "SMALLINT"],
      [t.integer(), "INTEGER"],
      [t.bigint(), "BIGINT"],
      [t.boolean(), "BOOLEAN"],
      [t.text(), "TEXT"],
      [t.varchar(255), "VARCHAR(255)"],
      [t.char(2), "CHAR(2)"],
      [t.numeric(10, 2), "NUMERIC(10, 2)"],
      [t.real(), "REAL"],
      [t.double(), "DOUBLE PRECISION"],
      [t.date(), "DATE"],
      [t.time(), "TIME"],
      [t.time(3), "TIME(3)"],
      [t.timestamp(), "TIMESTAMP"],
      [t.timestamp(3), "TIMESTAMP(3)"],
      [t.timestamp({ precision: 3 }), "TIMESTAMP(3)"],
      [t.timestamp({ withTimeZone: false }), "TIMESTAMP"],
      [t.timestamp({ withTimeZone: true }), "TIMESTAMPTZ"],
      [t.timestamp({ withTimeZone: true, precision: 6 }), "TIMESTAMPTZ(6)"],
      [t.uuid(), "UUID"],
      [t.json(), "JSON"],
      [t.binary(), "BYTEA"],
      [t.enum("mood", ["sad", "happy"]), '"mood"'],
    ];
    for (const [type, sql] of cases) {
      assert.equal(ddl(type), sql, JSON.stringify(type));
      assert.ok(isPortableType(type), `${JSON.stringify(type)} should be portable`);
    }
  });

  test("t.timestamp({ withTimeZone: true }) is t.timestamptz(); t.binary() is t.bytea(); t.enum(name, values) is the options form", () => {
    assert.deepEqual(t.timestamp({ withTimeZone: true, precision: 3 }), t.timestamptz(3));
    assert.deepEqual(t.timestamp({ withTimeZone: true }), { kind: "timestamptz" });
    assert.deepEqual(t.binary(), t.bytea());
    assert.deepEqual(t.enum("mood", ["a", "b"]), t.enum("mood", { values: ["a", "b"] }));
    assert.deepEqual(t.enum("mood", ["a", "b"]), { kind: "enum", name: "mood", values: ["a", "b"] });
    assert.deepEqual(t.enum("mood"), { kind: "enum", name: "mood" });
    assert.deepEqual(t.enum("mood", { schema: "app" }), { kind: "enum", name: "mood", schema: "app" });
  });

  test("non-portable forms are recognised", () => {
    for (const type of [t.varchar(), t.char(), t.time({ withTimeZone: true }), t.enum("mood"), t.enum("mood", { schema: "app", values: ["a"] }), t.sql("citext")])
      assert.equal(isPortableType(type), false, JSON.stringify(type));
  });
});

describe("PostgreSQL types: pg", () => {
  test("pg.* builds the same objects as the old t.* aliases, so revision files render the same SQL", () => {
    assert.deepEqual(pg.serial(), t.serial());
    assert.deepEqual(pg.bigserial(), t.bigserial());
    assert.deepEqual(pg.smallserial(), t.smallserial());
    assert.deepEqual(pg.jsonb(), t.jsonb());
    assert.deepEqual(pg.inet(), t.inet());
    assert.deepEqual(pg.interval(), t.interval());
    assert.deepEqual(pg.array(t.text()), t.array(t.text()));
    assert.deepEqual(pg.timetz(3), t.time({ precision: 3, withTimeZone: true }));
    assert.deepEqual(pg.timetz(), t.time({ withTimeZone: true }));
  });

  test("pg.* and the aliases render PostgreSQL DDL exactly as before", () => {
    const cases: Array<[ColumnType, string]> = [
      [t.serial(), "SERIAL"],
      [pg.serial(), "SERIAL"],
      [t.bigserial(), "BIGSERIAL"],
      [pg.smallserial(), "SMALLSERIAL"],
      [t.jsonb(), "JSONB"],
      [pg.jsonb(), "JSONB"],
      [t.bytea(), "BYTEA"],
      [t.inet(), "INET"],
      [pg.inet(), "INET"],
      [t.interval(), "INTERVAL"],
      [t.array(t.text()), "TEXT[]"],
      [pg.array(pg.array(t.integer())), "INTEGER[][]"],
      [pg.timetz(), "TIME WITH TIME ZONE"],
      [pg.cidr(), "cidr"],
      [pg.macaddr(), "macaddr"],
      [pg.macaddr8(), "macaddr8"],
      [pg.tsvector(), "tsvector"],
      [pg.tsquery(), "tsquery"],
      [pg.money(), "money"],
      [pg.xml(), "xml"],
      [pg.point(), "point"],
      [t.timestamptz(3), "TIMESTAMPTZ(3)"],
    ];
    for (const [type, sql] of cases) assert.equal(ddl(type), sql, JSON.stringify(type));
  });

  test("pg.* types are not portable", () => {
    for (const type of [pg.serial(), pg.jsonb(), pg.inet(), pg.interval(), pg.array(t.text()), pg.cidr(), pg.timetz()])
      assert.equal(isPortableType(type), false, JSON.stringify(type));
  });
});

describe("DIALECT.UNSUPPORTED: a dialect refuses a type it cannot store", () => {
  const refuse = (op: Operation) => refuseUnsupportedTypes(op, "sqlite", portableTypesOnly);

  test("the message names the operation, the dialect and the alternative", () => {
    assert.equal(
      unsupportedMessage({ operation: "create schema app", dialect: "sqlite", alternative: "attach a database file instead" }),
      "create schema app is not supported on sqlite; attach a database file instead",
    );
  });

  test("addColumn, createTable and alterColumn with a PostgreSQL-only type are refused in one line", () => {
    const cases: Array<[Operation, string]> = [
      [
        { kind: "addColumn", table: "users", schema: "app", column: { name: "ip", type: pg.inet() } },
        "add column app.users.ip: type pg.inet() is not supported on sqlite; use t.varchar(45)",
      ],
      [
        { kind: "createTable", table: "users", columns: [{ name: "id", type: t.integer() }, { name: "tags", type: pg.array(t.text()) }] },
        "create table users, column tags: type pg.array(t.text()) is not supported on sqlite; use t.json()",
      ],
      [
        { kind: "createTable", table: "users", columns: [{ name: "id", type: pg.serial(), primaryKey: true }] },
        "create table users, column id: type pg.serial() is not supported on sqlite; use t.integer() with identity",
      ],
      [
        { kind: "alterColumn", table: "users", column: "doc", type: pg.jsonb() },
        "alter column users.doc (type): type pg.jsonb() is not supported on sqlite; use t.json()",
      ],
      [
        { kind: "addColumn", table: "users", column: { name: "m", type: t.enum("mood") } },
        'add column users.m: type t.enum("mood") is not supported on sqlite; use t.enum("mood", [...values]) with its values',
      ],
    ];
    for (const [op, message] of cases) {
      assert.throws(
        () => refuse(op),
        (e: unknown) => isAthanorError(e) && e.code === "DIALECT.UNSUPPORTED" && e.message === message && !e.message.includes("\n"),
        message,
      );
    }
  });

  test("a raw type from the pg namespace is refused; t.sql() text passes as written", () => {
    assert.throws(
      () => refuse({ kind: "addColumn", table: "hosts", column: { name: "net", type: pg.cidr() } }),
      (e: unknown) =>
        isAthanorError(e) &&
        e.message === `add column hosts.net: type t.sql("cidr") is not supported on sqlite; use a portable t.* type, or t.sql() with this database's type text`,
    );
    refuse({ kind: "addColumn", table: "hosts", column: { name: "net", type: t.sql("TEXT COLLATE NOCASE") } });
    assert.deepEqual(pg.cidr(), { kind: "raw", sql: "cidr", dialect: "postgresql" });
  });

  test("portable types pass; PostgreSQL takes every type", () => {
    refuse({ kind: "createTable", table: "users", columns: [{ name: "id", type: t.bigint(), identity: "always" }, { name: "doc", type: t.json() }] });
    refuse({ kind: "alterColumn", table: "users", column: "doc", nullable: false });
    assert.equal(postgresRenderer.supportsType?.(pg.jsonb()), null);
    assert.equal(postgresRenderer.renderOperation({ kind: "addColumn", table: "u", column: { name: "ip", type: pg.inet() } }).length, 1);
  });
});
