/**
 * MySQL 8 (and 5.7) catalog rows through the introspector, without a
 * server: the fixtures (see their origin in fixtures/mysql8-catalog.ts) are
 * built into the neutral model and compared with the models a user writes
 * for the same DDL; nothing may differ. Also the pieces one by one: type
 * text, defaults, expressions and collations as each server prints them.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { diff } from "../../../src/autogenerate/compare/compare.js";
import { downgradeOf } from "../../../src/autogenerate/compare/reverse.js";
import { collectModels } from "../../../src/autogenerate/models/collect.js";
import { sameCollation } from "../../../src/dialects/mysql/collation.js";
import { mysqlComparator } from "../../../src/dialects/mysql/comparator.js";
import { compareDefault, defaultSqlText } from "../../../src/dialects/mysql/default-text.js";
import { normaliseExpression } from "../../../src/dialects/mysql/expression.js";
import { buildSchema, type Catalog } from "../../../src/dialects/mysql/introspect-build.js";
import { completeFromLive } from "../../../src/dialects/mysql/live-column.js";
import { createMysqlRenderer } from "../../../src/dialects/mysql/renderer.js";
import { canonicalTypeText, typeFromCatalog } from "../../../src/dialects/mysql/type-text.js";
import { sql } from "../../../src/schema/sql-expression.js";
import { defineTable } from "../../../src/schema/table.js";
import { t } from "../../../src/schema/types-builder.js";
import { mysql8Catalog } from "./fixtures/mysql8-catalog.js";

const models = [
  defineTable("accounts", {
    columns: [
      { name: "id", type: t.sql("bigint unsigned"), primaryKey: true, identity: "byDefault" },
      { name: "email", type: t.varchar(255), nullable: false },
      { name: "status", type: t.varchar(16), nullable: false, default: "active" },
      { name: "flags", type: t.boolean(), nullable: false, default: false },
      { name: "born", type: t.sql("year") },
      { name: "prefs", type: t.json() },
      { name: "score", type: t.integer(), default: 10 },
      { name: "tag", type: t.varchar(20), default: sql("(concat('a', 'b'))") },
      { name: "token", type: t.uuid(), default: sql("(uuid())") },
      { name: "created", type: t.timestamptz(), nullable: false, default: sql("CURRENT_TIMESTAMP") },
      { name: "updated", type: t.timestamp(3), default: sql("CURRENT_TIMESTAMP(3)"), mysql: { onUpdateCurrentTimestamp: true } },
      { name: "qty", type: t.integer(), nullable: false },
      { name: "total", type: t.integer(), generated: { expression: sql("qty * 2") } },
      { name: "label", type: t.varchar(40), generated: { expression: sql("concat('#', id)"), stored: false } },
    ],
    uniques: [{ name: "accounts_email_unique", columns: ["email"] }],
    indexes: [
      { name: "accounts_lower_email_idx", columns: [sql("lower(email)")] },
      { name: "accounts_created_idx", columns: [{ column: "created", order: "desc" }] },
    ],
    checks: [{ expression: sql("qty > 0") }, { name: "accounts_qty_range", expression: sql("qty BETWEEN 0 AND 10 AND status IN ('active', 'closed')") }],
  }),
  defineTable("sessions", {
    columns: [
      { name: "id", type: t.integer(), primaryKey: true, identity: "byDefault" },
      { name: "account_id", type: t.sql("bigint unsigned"), nullable: false, references: { table: "accounts", column: "id", name: "sessions_account_fk" } },
    ],
  }),
];

describe("MySQL 8 catalog rows (fixtures) through the introspector", () => {
  test("the schema compares clean with the models of its DDL", () => {
    const db = buildSchema(mysql8Catalog);
    const r = diff(collectModels(models), db, {}, mysqlComparator);
    assert.deepEqual(r.operations, [], JSON.stringify(r.operations, null, 1));
    assert.deepEqual(r.warnings, []);
  });

  test("normalised as MySQL 8 means it", () => {
    const db = buildSchema(mysql8Catalog);
    assert.equal(db.serverVersion, 80036);
    const accounts = db.tables.find((t) => t.name === "accounts")!;
    const c = (n: string) => accounts.columns.find((x) => x.name === n)!;
    assert.equal(c("status").default, "'active'");
    assert.equal(c("flags").type.kind, "boolean");
    assert.equal(c("prefs").type.kind, "json");
    assert.equal(c("tag").default, "concat(_utf8mb4'a',_utf8mb4'b')");
    assert.deepEqual(c("updated").mysql, { onUpdateCurrentTimestamp: true });
    assert.deepEqual(c("id").identity, { generation: "byDefault", start: 1n, increment: 1n });
    assert.equal(c("label").generatedVirtual, true);
    assert.deepEqual(accounts.indexes.find((i) => i.name === "accounts_lower_email_idx")!.elements[0]!.expression, "(lower(`email`))");
    const sessions = db.tables.find((t) => t.name === "sessions")!;
    assert.equal(sessions.indexes[0]!.implicit, true, "the foreign key's own index is implicit");
  });

  test("a changed check and a changed default are found", () => {
    const changed: Catalog = {
      ...mysql8Catalog,
      checks: mysql8Catalog.checks.map((c) => (c.constraint_name === "accounts_chk_1" ? { ...c, check_clause: "(`qty` > 1)" } : c)),
      columns: mysql8Catalog.columns.map((c) => (c.column_name === "status" ? { ...c, column_default: "closed" } : c)),
    };
    const r = diff(collectModels(models), buildSchema(changed), {}, mysqlComparator);
    assert.deepEqual(r.operations.map((o) => o.kind).sort(), ["alterColumn", "createCheckConstraint", "dropConstraint"]);
  });

  test("a generated column's new expression is a MODIFY that restates it; the downgrade restores the catalog's, unescaped", () => {
    const edited = models.map((m) =>
      m.name !== "accounts"
        ? m
        : { ...m, columns: m.columns.map((c) => (c.name === "label" ? { ...c, generated: { expression: sql("concat('#', id, '!')"), stored: false } } : c)) },
    );
    const r = diff(collectModels(edited), buildSchema(mysql8Catalog), {}, mysqlComparator);
    assert.deepEqual(r.warnings, []);
    assert.equal(r.operations.length, 1, JSON.stringify(r.operations));
    const op = r.operations[0]!;
    assert.equal(op.kind, "alterColumn");
    const renderer = createMysqlRenderer({ serverVersion: 80036 });
    assert.equal(
      renderer.renderOperation(op)[0]!.sql,
      "ALTER TABLE `accounts` MODIFY COLUMN `label` VARCHAR(40) GENERATED ALWAYS AS (concat('#', id, '!')) VIRTUAL",
    );
    const [down] = downgradeOf(r.operations, mysqlComparator).operations;
    assert.equal(
      renderer.renderOperation(down!)[0]!.sql,
      "ALTER TABLE `accounts` MODIFY COLUMN `label` VARCHAR(40) GENERATED ALWAYS AS (concat(_utf8mb4'#',`id`)) VIRTUAL",
    );
    // STORED -> VIRTUAL: MySQL refuses it in a MODIFY ("Changing the STORED status"), so it stays a drop and an add
    const toVirtual = models.map((m) =>
      m.name !== "accounts" ? m : { ...m, columns: m.columns.map((c) => (c.name === "total" ? { ...c, generated: { expression: sql("qty * 2"), stored: false } } : c)) },
    );
    assert.deepEqual(
      diff(collectModels(toVirtual), buildSchema(mysql8Catalog), {}, mysqlComparator).operations.map((o) => o.kind),
      ["dropColumn", "addColumn"],
    );
  });

  test("online, a MODIFY of a generated column keeps its expression, read from the live column (MySQL 8 escapes it)", () => {
    const live = {
      column_type: "varchar(40)",
      is_nullable: "YES",
      column_default: null,
      extra: "VIRTUAL GENERATED",
      collation_name: "utf8mb4_0900_ai_ci",
      column_comment: "",
      table_collation: "utf8mb4_0900_ai_ci",
      generation_expression: "concat(_utf8mb4\\'#\\',`id`)",
    };
    const op = completeFromLive({ kind: "alterColumn", table: "accounts", column: "label", comment: "shown" }, live, false);
    assert.equal(
      createMysqlRenderer({ serverVersion: 80036 }).renderOperation(op)[0]!.sql,
      "ALTER TABLE `accounts` MODIFY COLUMN `label` varchar(40) GENERATED ALWAYS AS (concat(_utf8mb4'#',`id`)) VIRTUAL COMMENT 'shown'",
    );
  });

  test("MySQL 5.7 rows: display widths, no DEFAULT_GENERATED, no CHECK_CONSTRAINTS", () => {
    const v57: Catalog = {
      ...mysql8Catalog,
      version: "5.7.44-log",
      checks: [],
      constraints: mysql8Catalog.constraints.filter((c) => c.constraint_type !== "CHECK"),
      columns: mysql8Catalog.columns
        .filter((c) => !["tag", "token", "total", "label"].includes(c.column_name))
        .map((c) => ({
          ...c,
          column_type: c.column_type.replace(/^int$/, "int(11)").replace(/^bigint unsigned$/, "bigint(20) unsigned").replace(/^year$/, "year(4)"),
          extra: (c.extra ?? "").replace("DEFAULT_GENERATED", "").trim(),
        })),
      statistics: mysql8Catalog.statistics.filter((s) => s.index_name !== "accounts_lower_email_idx"),
    };
    const db = buildSchema(v57);
    const accounts = db.tables.find((t) => t.name === "accounts")!;
    assert.equal(accounts.columns.find((c) => c.name === "created")!.default, "CURRENT_TIMESTAMP");
    assert.equal(accounts.columns.find((c) => c.name === "score")!.type.kind, "integer");
    assert.equal(accounts.columns.find((c) => c.name === "born")!.type.kind, "raw");
    assert.equal(canonicalTypeText("year(4)"), "year");
  });
});

describe("MySQL/MariaDB normal forms", () => {
  test("type text", () => {
    assert.equal(canonicalTypeText("INT(11)"), "int");
    assert.equal(canonicalTypeText("integer unsigned"), "int unsigned");
    assert.equal(canonicalTypeText("tinyint(1)"), "tinyint(1)");
    assert.equal(canonicalTypeText("BOOL"), "tinyint(1)");
    assert.equal(canonicalTypeText("numeric"), "decimal(10,0)");
    assert.equal(canonicalTypeText("float(30)"), "double");
    assert.equal(canonicalTypeText("datetime(0)"), "datetime");
    assert.equal(canonicalTypeText("ENUM('a', 'B''s')"), "enum('a','B''s')");
    assert.equal(canonicalTypeText("varchar(20) CHARACTER SET latin1 COLLATE latin1_bin"), "varchar(20)");
    assert.deepEqual(typeFromCatalog("timestamp(3)"), { kind: "timestamptz", precision: 3 });
    assert.deepEqual(typeFromCatalog("datetime"), { kind: "timestamp" });
  });

  test("defaults as each server prints them", () => {
    const base = { extra: "", typeText: "varchar(9)" };
    assert.equal(defaultSqlText({ ...base, columnDefault: "'abc'", mariadb: true }), "'abc'");
    assert.equal(defaultSqlText({ ...base, columnDefault: "NULL", mariadb: true }), null);
    assert.equal(defaultSqlText({ ...base, columnDefault: "'NULL'", mariadb: true }), "'NULL'");
    assert.equal(defaultSqlText({ ...base, columnDefault: "abc", mariadb: false }), "'abc'");
    assert.equal(defaultSqlText({ ...base, columnDefault: "it's", mariadb: false }), "'it''s'");
    assert.equal(defaultSqlText({ ...base, columnDefault: "NULL", mariadb: false }), "'NULL'");
    assert.equal(defaultSqlText({ extra: "", typeText: "int", columnDefault: "5", mariadb: false }), "5");
    assert.equal(compareDefault(sql("now()"), "current_timestamp()", t.timestamptz()), "same");
    assert.equal(compareDefault(sql("CURRENT_TIMESTAMP(6)"), "current_timestamp(6)", t.timestamp(6)), "same");
    assert.equal(compareDefault(sql("now()"), "current_timestamp(3)", t.timestamp(3)), "same");
    assert.equal(compareDefault(sql("CURRENT_TIMESTAMP"), "current_timestamp(3)", t.timestamp(6)), "different");
    assert.equal(compareDefault(1.5, "1.50", t.numeric(8, 2)), "same");
    assert.equal(compareDefault(true, "1", t.boolean()), "same");
    assert.equal(compareDefault("b", "'a'", t.varchar(9)), "different");
    assert.equal(compareDefault(undefined, null, t.text()), "same");
    assert.equal(compareDefault(null, null, t.text()), "same");
    assert.equal(compareDefault("x", null, t.text()), "different");
  });

  test("expressions: MariaDB's and MySQL 8's printing of one condition are equal", () => {
    const model = normaliseExpression("qty > 0 AND kind IN ('a','b') AND NOT (x <=> NULL) OR y != 2");
    assert.equal(normaliseExpression("`qty` > 0 and `kind` in ('a','b') and !(`x` <=> NULL) or `y` <> 2"), model);
    assert.equal(
      normaliseExpression("((((`qty` > 0) and (`kind` in (_utf8mb4'a',_utf8mb4'b'))) and (not((`x` <=> NULL)))) or (`y` <> 2))"),
      model,
    );
    assert.notEqual(normaliseExpression("qty > 1"), normaliseExpression("qty > 0"));
    assert.equal(normaliseExpression("`t`.`qty` > 0", { qualifiers: ["t"] }), normaliseExpression("qty > 0"));
  });

  test("collation names and MariaDB's uca1400 aliases", () => {
    assert.ok(sameCollation("uca1400_ai_ci", "utf8mb4_uca1400_ai_ci"));
    assert.ok(sameCollation("utf8_general_ci", "utf8mb3_general_ci"));
    assert.ok(sameCollation("UTF8MB4_BIN", "utf8mb4_bin"));
    assert.ok(!sameCollation("utf8mb4_bin", "utf8mb4_general_ci"));
  });
});
