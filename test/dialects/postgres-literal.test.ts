import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { postgresDialect as pg } from "../../src/dialects/postgres/index.js";
import { postgresRenderer as pgr } from "../../src/dialects/postgres/renderer.js";
import { sql } from "../../src/schema/sql-expression.js";

describe("PostgreSQL literals", () => {
  const cases: Array<[unknown, string]> = [
    [null, "NULL"],
    [undefined, "NULL"],
    [true, "TRUE"],
    [false, "FALSE"],
    [42, "42"],
    [-1.5, "-1.5"],
    [1e21, "1e+21"],
    [Number.NaN, "'NaN'"],
    [Number.POSITIVE_INFINITY, "'Infinity'"],
    [Number.NEGATIVE_INFINITY, "'-Infinity'"],
    [12345678901234567890n, "12345678901234567890"],
    ["plain", "'plain'"],
    ["it's", "'it''s'"],
    ["a\\b", "E'a\\\\b'"],
    ["it's a \\ mix", "E'it''s a \\\\ mix'"],
    ["", "''"],
    ["line\nbreak", "'line\nbreak'"],
    [new Date("2020-01-02T03:04:05.006Z"), "'2020-01-02T03:04:05.006Z'"],
    [new Uint8Array([0, 1, 254, 255]), "E'\\\\x0001feff'::bytea"],
    [Buffer.from("hi"), "E'\\\\x6869'::bytea"],
    [["a", "b"], `'{"a","b"}'`],
    [["it's", 'q"', "b\\s", null], `E'{"it''s","q\\\\"","b\\\\\\\\s",NULL}'`],
    [[1, [2, 3]], `'{"1",{"2","3"}}'`],
    [[], "'{}'"],
    [{ a: 1, b: "it's" }, `'{"a":1,"b":"it''s"}'`],
  ];
  for (const [value, expected] of cases) {
    const name = typeof value === "bigint" || value instanceof Uint8Array || value === undefined ? String(value) : JSON.stringify(value);
    test(`${name} -> ${expected}`, () => {
      assert.equal(pgr.renderLiteral(value), expected);
    });
  }

  test("refuses what is not a value", () => {
    assert.throws(() => pgr.renderLiteral(sql("now()")), /not a value/);
    assert.throws(() => pgr.renderLiteral(() => 1), /function/);
    assert.throws(() => pgr.renderLiteral(new Map()), /Map/);
    assert.throws(() => pgr.renderLiteral("lone \uD800"), /a string value holds an unpaired UTF-16 surrogate/);
    assert.throws(() => pgr.renderLiteral("a\u0000b"), /NUL/);
    assert.throws(() => pgr.renderLiteral(new Date(Number.NaN)), /invalid Date/);
  });
});

describe("inline", () => {
  test("replaces placeholders with literals, not inside strings, identifiers, comments or dollar quotes", () => {
    const out = pgr.inline({
      sql: `SELECT $1, '$1', "$1", $$ $1 $$, a$1 -- $1\nFROM t WHERE x = $2 /* $2 */ AND y = $10`,
      params: ["o'k", 5, 3, 4, 5, 6, 7, 8, 9, true],
    });
    assert.equal(out, `SELECT 'o''k', '$1', "$1", $$ $1 $$, a$1 -- $1\nFROM t WHERE x = 5 /* $2 */ AND y = TRUE`);
  });

  test("parenthesises negative numbers so `a-$1` cannot become a comment", () => {
    assert.equal(pgr.inline({ sql: "SELECT 1-$1", params: [-2] }), "SELECT 1-(-2)");
  });

  test("a statement without parameters is unchanged", () => {
    assert.equal(pgr.inline({ sql: "SELECT '$1'" }), "SELECT '$1'");
  });

  test("a missing parameter is an error", () => {
    assert.throws(() => pgr.inline({ sql: "SELECT $2", params: [1] }), /uses \$2 but has 1 parameter/);
  });
});

describe("identifiers", () => {
  test("always quoted, embedded quotes doubled", () => {
    assert.equal(pg.quoteIdentifier("users"), '"users"');
    assert.equal(pg.quoteIdentifier("Select"), '"Select"');
    assert.equal(pg.quoteIdentifier('a "b" c'), '"a ""b"" c"');
    assert.equal(pg.qualify("t", "s"), '"s"."t"');
    assert.equal(pg.qualify("t", null), '"t"');
    assert.equal(pg.qualify("t.x", "some.schema"), '"some.schema"."t.x"');
  });

  test("refuses empty, NUL and over-long identifiers", () => {
    assert.throws(() => pg.quoteIdentifier(""), /non-empty/);
    assert.throws(() => pg.quoteIdentifier("a\u0000"), /NUL/);
    assert.equal(pg.quoteIdentifier("é".repeat(31)), `"${"é".repeat(31)}"`);
    assert.throws(() => pg.quoteIdentifier("é".repeat(32)), /64 bytes long; PostgreSQL allows 63/);
  });
});

describe("session settings", () => {
  test("numbers are milliseconds, strings are escaped, search path quoted", () => {
    assert.deepEqual(
      pg.sessionSettings({ lockTimeout: 5000, statementTimeout: "1min'; DROP TABLE x; --", searchPath: 'app, "$user", public' }).map(
        (s) => s.sql,
      ),
      [
        "SET lock_timeout = 5000",
        "SET statement_timeout = '1min''; DROP TABLE x; --'",
        'SET search_path TO "app", """$user""", "public"',
      ],
    );
    assert.deepEqual(
      pg.sessionSettings({ searchPath: ["$user", "My Schema"] }).map((s) => s.sql),
      ['SET search_path TO "$user", "My Schema"'],
    );
    assert.deepEqual(pg.sessionSettings({}), []);
  });

  test("bad values are configuration errors", () => {
    assert.throws(() => pg.sessionSettings({ lockTimeout: -1 }), /non-negative whole number/);
    assert.throws(() => pg.sessionSettings({ lockTimeout: 1.5 }), /non-negative whole number/);
    assert.throws(() => pg.sessionSettings({ searchPath: " , " }), /at least one schema/);
  });
});
