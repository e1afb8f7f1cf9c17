/**
 * Every rule, one by one: a revision that triggers it and one that does not
 * (the safe recipe, or the same change on an object the revision created).
 * PostgreSQL's rules are checked through op.* calls and through SQL given to
 * op.execute (read by PostgreSQL's own parser).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type LintBodyOptions, lintBody, ruleIds, withCapabilities } from "./helpers.js";

interface Case {
  readonly rule: string;
  readonly name: string;
  readonly triggers: string;
  readonly clean: string;
  readonly options?: LintBodyOptions;
  /** Options for the clean revision, when they differ. */
  readonly cleanOptions?: LintBodyOptions;
}

const NEW_USERS = `  await op.createTable("users", { columns: [{ name: "id", type: t.bigint(), primaryKey: true, identity: "always" }, { name: "email", type: t.text() }] });`;

const CASES: Case[] = [
  // require-concurrent-index
  { rule: "require-concurrent-index", name: "createIndex on an existing table", triggers: `  await op.createIndex("ix_users_email", "users", ["email"]);`, clean: `${NEW_USERS}\n  await op.createIndex("ix_users_email", "users", ["email"]);` },
  {
    rule: "require-concurrent-index",
    name: "CREATE INDEX in SQL",
    triggers: `  await op.execute("CREATE INDEX ix_users_email ON users (email)");`,
    clean: `  await op.execute("CREATE INDEX CONCURRENTLY ix_users_email ON users (email)");`,
    options: { extra: "export const transactional = false;" },
  },
  { rule: "require-concurrent-index", name: "dropIndex", triggers: `  await op.dropIndex("ix_users_email");`, clean: `  await op.dropIndex("ix_users_email", { concurrently: true });`, options: { extra: "export const transactional = false;" } },
  { rule: "require-concurrent-index", name: "DROP INDEX in SQL", triggers: `  await op.execute("DROP INDEX ix_a");`, clean: `  await op.execute("DROP INDEX CONCURRENTLY ix_a");`, options: { extra: "export const transactional = false;" } },
  // needs-no-transaction
  {
    rule: "needs-no-transaction",
    name: "CONCURRENTLY in a transactional revision",
    triggers: `  await op.createIndex("ix", "users", ["email"], { concurrently: true });`,
    clean: `  await op.autocommit(async () => {\n    await op.createIndex("ix", "users", ["email"], { concurrently: true });\n  });`,
  },
  {
    rule: "needs-no-transaction",
    name: "CONCURRENTLY in SQL, unless the revision is non-transactional",
    triggers: `  await op.execute("CREATE INDEX CONCURRENTLY ix ON users (email)");`,
    clean: `  await op.execute("CREATE INDEX CONCURRENTLY ix ON users (email)");`,
    cleanOptions: { extra: "export const transactional = false;" },
  },
  // require-not-valid
  { rule: "require-not-valid", name: "createForeignKey", triggers: `  await op.createForeignKey("fk", "orders", ["user_id"], "users", ["id"]);`, clean: `  await op.createForeignKey("fk", "orders", ["user_id"], "users", ["id"], { notValid: true });` },
  { rule: "require-not-valid", name: "createCheckConstraint", triggers: `  await op.createCheckConstraint("ck", "orders", "total >= 0");`, clean: `  await op.createCheckConstraint("ck", "orders", "total >= 0", { notValid: true });` },
  {
    rule: "require-not-valid",
    name: "ADD CONSTRAINT in SQL",
    triggers: `  await op.execute("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id)");`,
    clean: `  await op.execute("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID");\n  await op.execute("ALTER TABLE orders ADD CONSTRAINT ck CHECK (total > 0) NOT VALID");`,
  },
  // set-not-null
  { rule: "set-not-null", name: "alterColumn nullable: false", triggers: `  await op.alterColumn("users", "email", { nullable: false });`, clean: `${NEW_USERS}\n  await op.addColumn("users", { name: "nick", type: t.text() });\n  await op.alterColumn("users", "nick", { nullable: false });` },
  { rule: "set-not-null", name: "SET NOT NULL in SQL", triggers: `  await op.execute("ALTER TABLE users ALTER COLUMN email SET NOT NULL");`, clean: `  await op.execute("ALTER TABLE users ALTER COLUMN email DROP NOT NULL");` },
  // volatile-default
  { rule: "volatile-default", name: "gen_random_uuid()", triggers: `  await op.addColumn("users", { name: "token", type: t.uuid(), default: sql("gen_random_uuid()") });`, clean: `  await op.addColumn("users", { name: "created", type: t.timestamptz(), default: sql("now()") });` },
  { rule: "volatile-default", name: "serial column", triggers: `  await op.addColumn("users", { name: "n", type: t.bigserial() });`, clean: `${NEW_USERS}\n  await op.addColumn("users", { name: "n", type: t.bigint(), default: 0 });` },
  { rule: "volatile-default", name: "DEFAULT random() in SQL", triggers: `  await op.execute("ALTER TABLE users ADD COLUMN r float8 DEFAULT random()");`, clean: `  await op.execute("ALTER TABLE users ADD COLUMN r float8 DEFAULT 0");` },
  // type-change-rewrite
  {
    rule: "type-change-rewrite",
    name: "integer to bigint",
    triggers: `  await op.alterColumn("users", "n", { type: t.bigint(), existingType: t.integer() });`,
    clean: `  await op.alterColumn("users", "name", { type: t.text(), existingType: t.varchar(40) });\n  await op.alterColumn("users", "code", { type: t.varchar(80), existingType: t.varchar(40) });`,
  },
  { rule: "type-change-rewrite", name: "ALTER COLUMN TYPE in SQL", triggers: `  await op.execute("ALTER TABLE users ALTER COLUMN n TYPE bigint");`, clean: `  await op.execute("ALTER TABLE users ADD COLUMN n2 bigint");` },
  // unique-from-index
  { rule: "unique-from-index", name: "createUniqueConstraint", triggers: `  await op.createUniqueConstraint("uq", "users", ["email"]);`, clean: `  await op.execute("ALTER TABLE users ADD CONSTRAINT uq UNIQUE USING INDEX uq");` },
  { rule: "unique-from-index", name: "ADD PRIMARY KEY in SQL", triggers: `  await op.execute("ALTER TABLE users ADD PRIMARY KEY (id)");`, clean: `  await op.execute("ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX ix_users_id");` },
  // ban-rename
  { rule: "ban-rename", name: "renameTable", triggers: `  await op.renameTable("users", "accounts");`, clean: `${NEW_USERS}\n  await op.renameTable("users", "accounts");` },
  { rule: "ban-rename", name: "column rename", triggers: `  await op.alterColumn("users", "email", { newName: "mail" });`, clean: `  await op.addColumn("users", { name: "mail", type: t.text() });` },
  { rule: "ban-rename", name: "RENAME COLUMN in SQL", triggers: `  await op.execute("ALTER TABLE users RENAME COLUMN email TO mail");`, clean: `  await op.execute("ALTER INDEX ix_a RENAME TO ix_b");` },
  // ban-drop
  { rule: "ban-drop", name: "dropColumn", triggers: `  await op.dropColumn("users", "legacy");`, clean: `  await op.addColumn("users", { name: "legacy", type: t.text() });\n  await op.dropColumn("users", "legacy");` },
  { rule: "ban-drop", name: "dropTable", triggers: `  await op.dropTable("users");`, clean: `${NEW_USERS}\n  await op.dropTable("users");` },
  { rule: "ban-drop", name: "DROP TABLE in SQL", triggers: `  await op.execute("DROP TABLE users");`, clean: `  await op.execute("CREATE TABLE users (id bigint); DROP TABLE users");` },
  // require-lock-timeout
  {
    rule: "require-lock-timeout",
    name: "no lock_timeout",
    triggers: `  await op.addColumn("users", { name: "nick", type: t.text() });`,
    clean: `  await op.execute("SET LOCAL lock_timeout = '2s'");\n  await op.addColumn("users", { name: "nick", type: t.text() });`,
    options: { lockTimeoutConfigured: false },
  },
  { rule: "require-lock-timeout", name: "only new tables", triggers: `  await op.execute("ALTER TABLE users VALIDATE CONSTRAINT fk");`, clean: NEW_USERS, options: { lockTimeoutConfigured: false } },
  // transaction-control
  { rule: "transaction-control", name: "COMMIT in op.execute", triggers: `  await op.execute("UPDATE users SET n = 1; COMMIT");`, clean: `  await op.execute("UPDATE users SET n = 1");` },
  // enum-value-order
  { rule: "enum-value-order", name: "addEnumValue before", triggers: `  await op.addEnumValue("mood", "meh", { before: "happy" });`, clean: `  await op.addEnumValue("mood", "meh");` },
  {
    rule: "enum-value-order",
    name: "ADD VALUE BEFORE in SQL; AFTER may be the end, as autogenerate writes it",
    triggers: `  await op.execute("ALTER TYPE mood ADD VALUE 'meh' BEFORE 'sad'");`,
    clean: `  await op.execute("ALTER TYPE mood ADD VALUE 'meh'");\n  await op.addEnumValue("mood", "wow", { after: "meh", ifNotExists: true });`,
  },
  // warnings on types
  { rule: "prefer-jsonb", name: "json column", triggers: `  await op.addColumn("users", { name: "doc", type: t.json() });`, clean: `  await op.addColumn("users", { name: "doc", type: t.jsonb() });` },
  { rule: "prefer-jsonb", name: "json in CREATE TABLE SQL", triggers: `  await op.execute("CREATE TABLE docs (id bigint, body json)");`, clean: `  await op.execute("CREATE TABLE docs (id bigint, body jsonb)");` },
  { rule: "prefer-timestamptz", name: "timestamp column", triggers: `  await op.addColumn("users", { name: "at", type: t.timestamp() });`, clean: `  await op.addColumn("users", { name: "at", type: t.timestamptz() });` },
  { rule: "prefer-identity", name: "serial key", triggers: `  await op.createTable("a", { columns: [{ name: "id", type: t.bigserial(), primaryKey: true }] });`, clean: NEW_USERS },
  { rule: "prefer-identity", name: "serial in SQL", triggers: `  await op.execute("CREATE TABLE a (id serial PRIMARY KEY)");`, clean: `  await op.execute("CREATE TABLE a (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY)");` },
  { rule: "prefer-bigint-primary-key", name: "integer key", triggers: `  await op.createTable("a", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });`, clean: NEW_USERS },
  { rule: "prefer-bigint-primary-key", name: "int key in SQL", triggers: `  await op.execute("CREATE TABLE a (id int, PRIMARY KEY (id))");`, clean: `  await op.execute("CREATE TABLE a (id bigint, n int, PRIMARY KEY (id))");` },
  // every dialect
  {
    rule: "not-null-without-default",
    name: "NOT NULL column without a default",
    triggers: `  await op.addColumn("users", { name: "nick", type: t.text(), nullable: false });`,
    clean: `  await op.addColumn("users", { name: "nick", type: t.text(), nullable: false, default: "" });`,
  },
  // MySQL-like: DDL that commits by itself, inline enums (no MySQL dialect in this build: PostgreSQL with its capabilities changed)
  {
    rule: "one-ddl-per-revision",
    name: "two schema changes without transactional DDL",
    triggers: `  await op.addColumn("users", { name: "a", type: t.text() });\n  await op.addColumn("users", { name: "b", type: t.text() });`,
    clean: `  await op.addColumn("users", { name: "a", type: t.text() });\n  await op.bulkInsert("users", [{ a: "x" }]);`,
    options: { dialect: withCapabilities({ transactionalDdl: false, namedEnums: false }) },
  },
  {
    // new tables with their indexes and keys (a first autogenerated revision), and one change to an existing table
    rule: "one-ddl-per-revision",
    name: "two changes to existing tables, next to new tables",
    triggers: `  await op.createTable("teams", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });\n  await op.addColumn("users", { name: "a", type: t.text() });\n  await op.createIndex("ix_users_a", "users", ["a"]);`,
    clean: `  await op.createTable("teams", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });\n  await op.createTable("tags", { columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "team", type: t.integer() }] });\n  await op.createIndex("ix_tags_team", "tags", ["team"]);\n  await op.createForeignKey("fk_tags_team", "tags", "teams", ["team"], ["id"]);\n  await op.addColumn("users", { name: "a", type: t.text() });`,
    options: { dialect: withCapabilities({ transactionalDdl: false, namedEnums: false }) },
  },
  {
    rule: "enum-change-copies-table",
    name: "enum value removed",
    triggers: `  await op.alterColumn("users", "mood", { type: t.enum("mood", ["sad"]), existingType: t.enum("mood", ["sad", "happy"]) });`,
    clean: `  await op.alterColumn("users", "mood", { type: t.enum("mood", ["sad", "happy", "meh"]), existingType: t.enum("mood", ["sad", "happy"]) });`,
    options: { dialect: withCapabilities({ transactionalDdl: false, namedEnums: false }) },
  },
  {
    rule: "enum-change-copies-table",
    name: "enum appended past 255 values (2 bytes a value), against the list an earlier operation of the revision wrote",
    triggers: `  await op.alterColumn("users", "code", { type: t.enum("code", Array.from({ length: 255 }, (_, i) => "v" + i)), mysql: { algorithm: "instant" } });\n  await op.alterColumn("users", "code", { type: t.enum("code", Array.from({ length: 256 }, (_, i) => "v" + i)) });`,
    clean: `  await op.alterColumn("users", "code", { type: t.enum("code", Array.from({ length: 254 }, (_, i) => "v" + i)), mysql: { algorithm: "instant" } });\n  await op.alterColumn("users", "code", { type: t.enum("code", Array.from({ length: 255 }, (_, i) => "v" + i)) });`,
    options: { dialect: withCapabilities({ transactionalDdl: false, namedEnums: false }) },
  },
  // SQLite-like: constraints only by rebuilding the table
  {
    rule: "table-rebuild",
    name: "constraint added to an existing table",
    triggers: `  await op.createCheckConstraint("ck", "orders", "total >= 0");`,
    clean: `  await op.createTable("orders", { columns: [{ name: "total", type: t.integer() }] });\n  await op.createCheckConstraint("ck", "orders", "total >= 0");\n  await op.addColumn("users", { name: "nick", type: t.text() });`,
    options: { dialect: withCapabilities({ transactionalDdl: false, alterConstraints: false, namedEnums: false, concurrentIndex: false }) },
  },
];

describe("each lint rule triggers, and stays quiet on the safe form", () => {
  for (const c of CASES) {
    test(`${c.rule}: ${c.name}`, async () => {
      const hit = await lintBody(c.triggers, c.options);
      assert.ok(ruleIds(hit).includes(c.rule), `expected ${c.rule} for:\n${c.triggers}\ngot: ${JSON.stringify(hit.map((f) => [f.ruleId, f.message]), null, 1)}`);
      const finding = hit.find((f) => f.ruleId === c.rule);
      assert.ok(finding && finding.line >= 6, `a line inside the upgrade: ${finding?.line}`);
      assert.ok(finding.recipe.length > 20, "a recipe is given");
      const quiet = await lintBody(c.clean, c.cleanOptions ?? c.options);
      assert.ok(!ruleIds(quiet).includes(c.rule), `${c.rule} should not fire for:\n${c.clean}\ngot: ${JSON.stringify(quiet.map((f) => [f.ruleId, f.message]))}`);
    });
  }

  test("table-rebuild: one finding per table for all of a revision's changes to it (they are one rebuild)", async () => {
    const dialect = withCapabilities({ transactionalDdl: false, alterConstraints: false, namedEnums: false, concurrentIndex: false });
    const hits = (
      await lintBody(
        `  await op.dropConstraint("fk_child_parent", "child", { type: "foreignkey" });\n  await op.alterColumn("other", "v", { nullable: false });\n  await op.createForeignKey("fk_child_parent", "child", ["parent_id"], "parent", ["id"], { onDelete: "cascade" });\n  await op.alterColumn("child", "note", { nullable: false });`,
        { dialect },
      )
    ).filter((f) => f.ruleId === "table-rebuild");
    assert.deepEqual(
      hits.map((f) => f.message.split(":")[0]),
      ["dropping constraint fk_child_parent, adding a constraint, altering column note rebuild table child", "altering column v rebuilds table other"],
    );
    assert.equal(hits[0]?.line, 6, "at the table's first change");
  });

  test("table-rebuild: a table renamed between its changes is still one finding (one rebuild), under its first name", async () => {
    const dialect = withCapabilities({ transactionalDdl: false, alterConstraints: false, namedEnums: false, concurrentIndex: false });
    const hits = (
      await lintBody(
        `  await op.alterColumn("child", "note", { nullable: false });\n  await op.renameTable("child", "kid");\n  await op.alterColumn("kid", "note", { default: "-" });\n  await op.renameTable("kid", "young");\n  await op.createCheckConstraint("ck_note", "young", "length(note) > 0");`,
        { dialect },
      )
    ).filter((f) => f.ruleId === "table-rebuild");
    assert.deepEqual(
      hits.map((f) => f.message.split(":")[0]),
      ["altering column note, adding a constraint rebuild table child"],
    );
  });

  test("rules of other dialects stay off on PostgreSQL", async () => {
    const ids = ruleIds(await lintBody(`  await op.addColumn("users", { name: "a", type: t.text() });\n  await op.createCheckConstraint("ck", "orders", "x > 0", { notValid: true });`));
    assert.deepEqual(ids, []);
  });
});
