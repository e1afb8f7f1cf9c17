import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { inline } from "../../src/dialects/postgres/inline.js";
import { keywordOf, scanSql, splitSqlStatements } from "../../src/dialects/postgres/sql-scan.js";

describe("SQL scanning follows PostgreSQL's lexer", () => {
  test("a -- comment ends at a lone carriage return", () => {
    assert.deepEqual(
      splitSqlStatements("select 1; -- note\rselect 2").map((s) => s.text),
      ["select 1", "select 2"],
    );
  });

  test("$n after a comment ended by \\r is a placeholder, inlined offline", () => {
    assert.equal(inline({ sql: "select 1 -- c\r, $1", params: [5] }), "select 1 -- c\r, 5");
  });

  test("standard_conforming_strings decides whether '...' takes backslash escapes", () => {
    const sql = "select '\\''; select 2; --'";
    assert.deepEqual(
      splitSqlStatements(sql).map((s) => s.text),
      ["select '\\''; select 2; --'"],
    );
    assert.deepEqual(
      splitSqlStatements(sql, { standardConformingStrings: false }).map((s) => s.text),
      ["select '\\''", "select 2"],
    );
  });

  test("a literal continued across a line break keeps its escape mode", () => {
    const tokens = scanSql("E'a'\n'\\''; x").filter((t) => t.kind !== "space");
    assert.deepEqual(
      tokens.map((t) => [t.kind, t.text]),
      [
        ["string", "E'a'\n'\\''"],
        ["semicolon", ";"],
        ["word", "x"],
      ],
    );
  });

  test("B'' and X'' literals end at the first quote", () => {
    assert.deepEqual(
      scanSql("B'0''1'").map((t) => t.text),
      ["B'0'", "'1'"],
    );
  });

  test("keywords are matched on ASCII letters only", () => {
    assert.equal(keywordOf("commit"), "COMMIT");
    assert.equal(keywordOf("commıt"), "COMMıT");
    assert.equal(keywordOf("ſavepoint"), "ſAVEPOINT");
  });

  test("a BEGIN ATOMIC body ends at an END starting one of its statements, not at a CASE's or a label's", () => {
    const sql =
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1 AS case; SELECT CASE WHEN true THEN 1 END; END; SELECT 3";
    assert.deepEqual(
      splitSqlStatements(sql).map((s) => s.text),
      [sql.slice(0, sql.indexOf("; SELECT 3")), "SELECT 3"],
    );
    assert.equal(splitSqlStatements("CREATE TABLE t (begin atomic); SELECT 1").length, 2);
  });

  test("a semicolon inside parentheses ends no statement (a rule's several actions), as in psql", () => {
    const rule = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO u VALUES (1); INSERT INTO u VALUES (2))";
    assert.deepEqual(
      splitSqlStatements(`${rule}; SELECT 1;`).map((s) => s.text),
      [rule, "SELECT 1"],
    );
  });
});
