/**
 * The SQLite real-schema corpus: Drizzle `sqliteTable` schemas modelled on open-source projects (schemas/,
 * each with its provenance), each built two ways on SQLite files and compared:
 *   (a) drizzle-kit's own SQL (`drizzle-kit generate`, dialect "sqlite", offline) applied to a fresh file:
 *       Athanor's compare of that file against the models finds nothing, and warns only about what the case
 *       expects;
 *   (b) a second fresh file built by Athanor from the models through the CLI, as a user runs it
 *       (`revision --autogenerate`, `upgrade head`, DATABASE_URL=sqlite:<file>): its schema (see
 *       harness.ts sqliteSchema) equals (a)'s, and `check` exits 0;
 *   (c) on some schemas, realistic edits with rows in the tables (children under cascading foreign keys
 *       among them): autogenerate + upgrade keeps every row (read back over a second connection), gives the
 *       schema of a drizzle-kit build of the edited schema, `check` is clean, and `downgrade -1` gives (b)'s
 *       schema back with the rows still there.
 * Then the real schemas where the two legitimately differ, each asserted as the user sees it (drizzle-kit's SQL
 * fails on SQLite: a duplicate index name, a function-call default without parentheses), and drizzle's `casing`.
 * Where Athanor's file differs from drizzle-kit's in text only, the case says so (storedAfterUpgrade); the
 * differences users meet are in docs/sqlite.md ("Autogenerate on SQLite").
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import Database from "better-sqlite3";
import { compare } from "../../../src/autogenerate/index.js";
import { dialectForUrl } from "../../../src/dialects/registry.js";
import { CorpusProject, editSource } from "../corpus-real/harness.js";
import { describe as describeOps } from "../helpers.js";
import {
  assertSameSqliteSchema,
  drizzleKitSqliteStatements,
  runSqliteStatements,
  type SqliteSchema,
  sqliteSchema,
  sqliteSchemaSource,
} from "./harness.js";
import * as authjs from "./schemas/authjs.js";
import * as saasD1 from "./schemas/saas-d1.js";
import * as t3BetterAuth from "./schemas/t3-better-auth.js";
import * as t3NextAuth from "./schemas/t3-next-auth.js";

interface Edit {
  readonly from: string;
  readonly to: string;
}

interface CorpusCase {
  /** File name under schemas/, without .ts. */
  readonly name: string;
  readonly models: Record<string, unknown>;
  /** The warnings compare gives on (a), each with the feature it is about: each must be given, and no other. */
  readonly expectedWarnings?: readonly RegExp[];
  /** (c) */
  readonly edits?: {
    readonly edits: readonly Edit[];
    /** `--rename table.old=new` arguments for the autogenerate that follows the edits. */
    readonly renames?: readonly string[];
    /** Rows inserted after (b), before the edits (one string of statements). */
    readonly seed: string;
    /** Queries whose results must be the same before the edits, after them and after the downgrade. */
    readonly keep: readonly string[];
    /**
     * What Athanor's file shows after the upgrade where drizzle-kit's differs in text only (matched against the
     * CREATE statements in sqlite_master), each with its reason.
     */
    readonly storedAfterUpgrade?: readonly RegExp[];
    /** The same rows read under the names before the edits and after them (renamed columns). */
    readonly renamed?: ReadonlyArray<{ readonly before: string; readonly after: string }>;
    readonly expectInRevision: readonly RegExp[];
  };
}

const CASES: readonly CorpusCase[] = [
  {
    name: "authjs",
    models: authjs,
    // $defaultFn is drizzle's, in the application: no default in the database (said, as on PostgreSQL)
    expectedWarnings: [/drizzle \$defaultFn\/\$default is client-side only: .*columns: user\.id$/],
    edits: {
      edits: [
        { from: `import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";`, to: `import { sql } from "drizzle-orm";\nimport { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";` },
        // a NOT NULL column with a non-constant default on the parent of three cascading foreign keys (a rebuild
        // of "user": its DROP TABLE must not cascade into account, session and authenticator)
        { from: `  image: text("image"),\n});`, to: `  image: text("image"),\n  createdAt: integer("createdAt", { mode: "timestamp" }).notNull().default(sql\`(unixepoch())\`),\n});` },
        // a unique column
        { from: `  email: text("email").notNull(),\n  emailVerified`, to: `  email: text("email").notNull().unique(),\n  emailVerified` },
        // a default on an existing column
        { from: `  counter: integer("counter").notNull(),`, to: `  counter: integer("counter").notNull().default(0),` },
      ],
      seed: `
        INSERT INTO "user" (id, name, email, emailVerified) VALUES ('u1', 'Ada', 'ada@example.com', 1700000000000), ('u2', NULL, 'bob@example.com', NULL);
        INSERT INTO account ("userId", type, provider, "providerAccountId", expires_at) VALUES ('u1', 'oauth', 'github', 'gh-1', 1700000000), ('u1', 'oidc', 'google', 'g-1', NULL), ('u2', 'oauth', 'github', 'gh-2', NULL);
        INSERT INTO session ("sessionToken", "userId", expires) VALUES ('s1', 'u1', 1800000000000), ('s2', 'u2', 1800000000000);
        INSERT INTO authenticator (id, "credentialID", "userId", "providerAccountId", "credentialPublicKey", counter, "credentialDeviceType", "credentialBackedUp") VALUES ('a1', 'cred-1', 'u2', 'gh-2', 'pk', 3, 'singleDevice', 1);
        INSERT INTO "verificationToken" (identifier, token, expires) VALUES ('ada@example.com', 't1', 1800000000000);
      `,
      keep: [
        `SELECT id, name, email, emailVerified, image FROM "user" ORDER BY id`,
        `SELECT * FROM account ORDER BY provider, "providerAccountId"`,
        `SELECT * FROM session ORDER BY "sessionToken"`,
        `SELECT * FROM authenticator ORDER BY id`,
        `SELECT * FROM "verificationToken" ORDER BY token`,
      ],
      expectInRevision: [/addColumn\("user", \{ name: "createdAt"/, /createIndex\("user_email_unique"/, /alterColumn\("authenticator", "counter"/],
    },
  },
  {
    name: "t3-better-auth",
    models: t3BetterAuth,
    expectedWarnings: [
      /drizzle \$defaultFn\/\$default is client-side only: .*columns: account\.id, session\.id, user\.id, verification\.id$/,
      /drizzle \$onUpdateFn\/\$onUpdate is client-side only: .*columns: account\.updatedAt, post\.updatedAt, session\.updatedAt, user\.updatedAt, verification\.updatedAt$/,
    ],
    edits: {
      edits: [
        // drop an index
        { from: `(t) => [index("created_by_idx").on(t.createdById), index("name_idx").on(t.name)],`, to: `(t) => [index("created_by_idx").on(t.createdById)],` },
        // a foreign key's action (a rebuild of "account")
        { from: `    userId: d\n      .text({ length: 255 })\n      .notNull()\n      .references(() => user.id),\n    accountId`, to: `    userId: d\n      .text({ length: 255 })\n      .notNull()\n      .references(() => user.id, { onDelete: "cascade" }),\n    accountId` },
        // a declared type (text(255) -> text(45))
        { from: `    ipAddress: d.text({ length: 255 }),`, to: `    ipAddress: d.text({ length: 45 }),` },
        // a NOT NULL boolean with a constant default (ALTER TABLE ADD COLUMN)
        { from: `    updatedAt: d.integer({ mode: "timestamp" }).$onUpdate(() => new Date()),\n  }),\n  (t) => [index("created_by_idx")`, to: `    updatedAt: d.integer({ mode: "timestamp" }).$onUpdate(() => new Date()),\n    published: d.integer({ mode: "boolean" }).notNull().default(false),\n  }),\n  (t) => [index("created_by_idx")` },
      ],
      seed: `
        INSERT INTO "user" (id, name, email, "emailVerified", "createdAt") VALUES ('u1', 'Ada', 'ada@example.com', 1, 1700000000), ('u2', 'Bob', 'bob@example.com', 0, 1700000001);
        INSERT INTO post (name, "createdById", "createdAt") VALUES ('hello', 'u1', 1700000100), ('again', 'u1', 1700000200), ('bob''s', 'u2', 1700000300);
        INSERT INTO account (id, "userId", "accountId", "providerId", "createdAt") VALUES ('acc1', 'u1', 'gh-1', 'github', 1700000000), ('acc2', 'u2', 'cred', 'credential', 1700000000);
        INSERT INTO session (id, "userId", token, "expiresAt", "ipAddress", "createdAt") VALUES ('s1', 'u1', 'tok-1', 1800000000, '203.0.113.7', 1700000000);
        INSERT INTO verification (id, identifier, value, "expiresAt", "createdAt") VALUES ('v1', 'ada@example.com', '123456', 1800000000, 1700000000);
        DELETE FROM post WHERE name = 'again';
      `,
      keep: [
        `SELECT * FROM "user" ORDER BY id`,
        `SELECT id, name, "createdById", "createdAt", "updatedAt" FROM post ORDER BY id`,
        `SELECT * FROM account ORDER BY id`,
        `SELECT * FROM session ORDER BY id`,
        `SELECT * FROM verification ORDER BY id`,
        // AUTOINCREMENT: the counter survives the rebuilds (2 was used and deleted)
        `SELECT name, seq FROM sqlite_sequence WHERE name = 'post'`,
      ],
      expectInRevision: [/dropIndex\("name_idx"/, /addColumn\("post", \{ name: "published"/, /alterColumn\("session", "ipAddress"/, /createForeignKey|dropConstraint/],
    },
  },
  {
    name: "saas-d1",
    models: saasD1,
    // the shared columns' $defaultFn/$onUpdateFn (createdAt, updatedAt, updateCounter) on every table
    expectedWarnings: [/drizzle \$defaultFn\/\$default is client-side only: .*user\.createdAt, user\.id$/, /drizzle \$onUpdateFn\/\$onUpdate is client-side only: .*user\.updateCounter$/],
    edits: {
      edits: [
        // a foreign key on an existing column (a rebuild of team_membership; every row's role exists)
        { from: `    roleId: text().notNull(),\n    isSystemRole: integer().default(1).notNull(),\n    invitedBy: text().references(() => userTable.id),`, to: `    roleId: text()\n      .notNull()\n      .references(() => teamRoleTable.id, { onDelete: "cascade" }),\n    isSystemRole: integer().default(1).notNull(),\n    invitedBy: text().references(() => userTable.id),` },
        // a NOT NULL column with a constant default (ALTER TABLE ADD COLUMN)
        { from: `    bannedAt: integer({ mode: "timestamp" }),\n  },`, to: `    bannedAt: integer({ mode: "timestamp" }),\n    locale: text({ length: 10 }).notNull().default("en"),\n  },` },
        // drop an index
        { from: `    index("team_invitation_email_pending_idx").on(table.email, table.acceptedAt, table.expiresAt),\n`, to: `` },
        // rename an indexed column (ALTER TABLE RENAME COLUMN, with --rename), and the index's column with it
        { from: `    googleAccountId: text({\n      length: 255,\n    }),`, to: `    googleId: text({\n      length: 255,\n    }),` },
        { from: `index("google_account_id_idx").on(table.googleAccountId)`, to: `index("google_account_id_idx").on(table.googleId)` },
        // a declared type of a column under a unique index (a rebuild of team, which writes the index again)
        { from: `    slug: text({ length: 255 }).notNull(),`, to: `    slug: text({ length: 100 }).notNull(),` },
      ],
      renames: ["user.googleAccountId=googleId"],
      seed: `
        INSERT INTO "user" ("createdAt", "updatedAt", id, email, role, "googleAccountId") VALUES (1700000000, 1700000000, 'usr_1', 'ada@example.com', 'admin', 'g-1'), (1700000000, 1700000000, 'usr_2', 'bob@example.com', 'user', NULL);
        INSERT INTO team ("createdAt", "updatedAt", id, name, slug, "subscriptionAddonIds") VALUES (1700000000, 1700000000, 'team_1', 'Ada''s team', 'ada', '{"seats":3}');
        INSERT INTO team_role ("createdAt", "updatedAt", id, "teamId", name, permissions) VALUES (1700000000, 1700000000, 'trole_1', 'team_1', 'editor', '["edit","view"]');
        INSERT INTO team_membership ("createdAt", "updatedAt", id, "teamId", "userId", "roleId") VALUES (1700000000, 1700000000, 'tmem_1', 'team_1', 'usr_1', 'trole_1'), (1700000000, 1700000000, 'tmem_2', 'team_1', 'usr_2', 'trole_1');
        INSERT INTO team_invitation ("createdAt", "updatedAt", id, "teamId", email, "roleId", token, "invitedBy", "expiresAt") VALUES (1700000000, 1700000000, 'tinv_1', 'team_1', 'cy@example.com', 'trole_1', 'tok', 'usr_1', 1800000000);
        INSERT INTO passkey_credential ("createdAt", "updatedAt", id, "userId", "credentialId", "credentialPublicKey", counter) VALUES (1700000000, 1700000000, 'pkey_1', 'usr_1', 'cred', 'pk', 0);
      `,
      keep: [
        `SELECT id, email, role, "updateCounter" FROM "user" ORDER BY id`,
        `SELECT * FROM team ORDER BY id`,
        `SELECT * FROM team_role ORDER BY id`,
        `SELECT * FROM team_membership ORDER BY id`,
        `SELECT * FROM team_invitation ORDER BY id`,
        `SELECT * FROM passkey_credential ORDER BY id`,
      ],
      renamed: [{ before: `SELECT id, "googleAccountId" AS g FROM "user" ORDER BY id`, after: `SELECT id, "googleId" AS g FROM "user" ORDER BY id` }],
      // A foreign key added to an existing table is named (its downgrade drops it by name); drizzle-kit's is
      // unnamed, as the ones Athanor creates with their table are. PRAGMA foreign_key_list shows no names.
      storedAfterUpgrade: [/CONSTRAINT "team_membership_roleId_fkey" FOREIGN KEY \("roleId"\) REFERENCES "team_role" \("id"\) ON DELETE CASCADE/],
      expectInRevision: [
        /createForeignKey\(/,
        /addColumn\("user", \{ name: "locale"/,
        /dropIndex\("team_invitation_email_pending_idx"/,
        /alterColumn\("user", "googleAccountId", \{ newName: "googleId" \}\)/,
        /alterColumn\("team", "slug"/,
      ],
    },
  },
];

/** Compares the models with a database in-process; returns the differences and warnings as text. */
async function compareWith(url: string, models: unknown): Promise<{ ops: string; count: number; warnings: string[] }> {
  const conn = await dialectForUrl(url).driver.connect({ url });
  try {
    const r = await compare(models, conn);
    return { ops: describeOps(r.operations), count: r.operations.length, warnings: [...r.warnings] };
  } finally {
    await conn.close();
  }
}

/** Runs read-only queries over a connection of their own (not Athanor's), returning their rows as JSON. */
function readBack(file: string, queries: readonly string[]): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return queries.map((q) => JSON.stringify(db.prepare(q).all()));
  } finally {
    db.close();
  }
}

/** drizzle-kit's SQL for every schema and edited schema, started at once, two generators at a time. */
function startDrizzleKit(): Map<string, Promise<string[]>> {
  const limit = 2;
  let running = 0;
  const queue: Array<() => void> = [];
  const limited = async (source: string): Promise<string[]> => {
    if (running >= limit) await new Promise<void>((resolve) => queue.push(resolve));
    running++;
    try {
      return await drizzleKitSqliteStatements(source);
    } finally {
      running--;
      queue.shift()?.();
    }
  };
  const out = new Map<string, Promise<string[]>>();
  for (const c of CASES) {
    const source = sqliteSchemaSource(c.name);
    out.set(c.name, limited(source));
    if (c.edits) out.set(`${c.name}+edits`, limited(editSource(source, c.edits.edits)));
  }
  for (const p of out.values()) p.catch(() => {});
  return out;
}

describe("real Drizzle sqliteTable schemas: drizzle-kit's SQLite file and Athanor's are the same schema", () => {
  const kitSql = startDrizzleKit();

  for (const c of CASES) {
    test(c.name, async (t) => {
      const dir = mkdtempSync(join(tmpdir(), "athanor-corpus-sqlite-"));
      const kitFile = join(dir, "kit.db");
      const athanorFile = join(dir, "athanor.db");
      const editedKitFile = join(dir, "kit-edited.db");
      const source = sqliteSchemaSource(c.name);
      const project = new CorpusProject(`sqlite:${athanorFile}`, source);
      try {
        let kitSchema: SqliteSchema | undefined;
        await t.test("(a) drizzle-kit's SQL, then compare finds nothing", async () => {
          runSqliteStatements(kitFile, await kitSql.get(c.name)!);
          kitSchema = sqliteSchema(kitFile);
          const r = await compareWith(`sqlite:${kitFile}`, c.models);
          assert.equal(r.count, 0, `compare found differences on drizzle-kit's database:\n${r.ops}`);
          const unexpected = r.warnings.filter((w) => !(c.expectedWarnings ?? []).some((re) => re.test(w)));
          assert.deepEqual(unexpected, [], "warnings nobody expected");
          for (const re of c.expectedWarnings ?? []) assert.ok(r.warnings.some((w) => re.test(w)), `no warning ${re}:\n${r.warnings.join("\n")}`);
        });

        let athanorSchema: SqliteSchema | undefined;
        await t.test("(b) built by Athanor from the models (CLI): the same schema, check clean", () => {
          project.autogenerate("init");
          project.athanor(["upgrade", "head"]);
          project.athanor(["check"]);
          athanorSchema = sqliteSchema(athanorFile);
          const expected = kitSchema ?? sqliteSchema(kitFile);
          assertSameSqliteSchema(athanorSchema, expected, "Athanor's build vs drizzle-kit's");
        });

        if (c.edits) {
          const edits = c.edits;
          await t.test("(c) edits with rows: autogenerate + upgrade keeps them, downgrade -1 restores", async () => {
            const seed = new Database(athanorFile);
            try {
              seed.pragma("foreign_keys = ON");
              seed.exec(edits.seed);
            } finally {
              seed.close();
            }
            const before = readBack(athanorFile, edits.keep);
            const renamedBefore = readBack(athanorFile, (edits.renamed ?? []).map((r) => r.before));
            runSqliteStatements(editedKitFile, await kitSql.get(`${c.name}+edits`)!);
            const editedKit = sqliteSchema(editedKitFile);

            project.setSchema(editSource(source, edits.edits));
            const revision = project.autogenerate("edits", (edits.renames ?? []).flatMap((r) => ["--rename", r]));
            for (const re of edits.expectInRevision) assert.match(revision, re, `the revision should contain ${re}:\n${revision}`);
            project.athanor(["upgrade", "head"]);
            assert.deepEqual(readBack(athanorFile, edits.keep), before, "rows after the upgrade");
            assert.deepEqual(readBack(athanorFile, (edits.renamed ?? []).map((r) => r.after)), renamedBefore, "renamed columns after the upgrade");
            const stored = readBack(athanorFile, [`SELECT group_concat(sql, ';\n') AS s FROM sqlite_master`])[0]!;
            for (const re of edits.storedAfterUpgrade ?? []) assert.match(JSON.parse(stored)[0].s, re);
            assertSameSqliteSchema(sqliteSchema(athanorFile), editedKit, "after the edits");
            project.athanor(["check"]);

            project.athanor(["downgrade", "-1"]);
            assert.deepEqual(readBack(athanorFile, edits.keep), before, "rows after the downgrade");
            assert.deepEqual(readBack(athanorFile, (edits.renamed ?? []).map((r) => r.before)), renamedBefore, "renamed columns after the downgrade");
            assertSameSqliteSchema(sqliteSchema(athanorFile), athanorSchema ?? sqliteSchema(kitFile), "after downgrade -1");
            // the models now describe the edited schema, and the database is one revision behind: check says so
            assert.match(project.athanor(["check"], 3).stderr, /not at the heads/);
          });
        }
      } finally {
        project.cleanup();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

/*
 * create-t3-app's NextAuth SQLite template names an index `userId_idx` on two tables. PostgreSQL and MySQL
 * keep index names per table (MySQL) or would fail too (PostgreSQL: one namespace per schema); SQLite keeps
 * them in one namespace per database, so neither build can succeed. The difference is what the user sees:
 * drizzle-kit writes the migration without a word and it fails when run; Athanor's autogenerate warns,
 * naming both tables, and the upgrade fails on that statement with nothing committed.
 */
describe("a real schema SQLite can't build as written: the same index name on two tables (create-t3-app, NextAuth)", () => {
  test("drizzle-kit's SQL fails at the second index; Athanor warns at autogenerate, and upgrade fails with nothing committed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "athanor-corpus-sqlite-"));
    const source = sqliteSchemaSource("t3-next-auth");
    const project = new CorpusProject(`sqlite:${join(dir, "athanor.db")}`, source);
    try {
      const statements = await drizzleKitSqliteStatements(source);
      assert.throws(() => runSqliteStatements(join(dir, "kit-as-written.db"), statements), /index userId_idx already exists/);
      // the rest of drizzle-kit's statements run, for the comparison below
      const second = statements.findIndex((s, i) => s.startsWith("CREATE INDEX `userId_idx`") && statements.findIndex((x) => x === s || x.startsWith("CREATE INDEX `userId_idx`")) < i);
      assert.ok(second > 0);
      runSqliteStatements(join(dir, "kit.db"), statements.filter((_, i) => i !== second));

      const r = project.athanor(["revision", "--autogenerate", "-m", "init"]);
      assert.match(
        r.stderr + r.stdout,
        /warning: index "userId_idx" of table project1_session and index "userId_idx" of table project1_account have the same name; SQLite keeps index names in one namespace per database/,
      );
      const up = project.athanor(["upgrade", "head"], 1);
      assert.match(up.stderr, /failed: index userId_idx already exists; statement: CREATE INDEX "userId_idx" ON "project1_session"/);
      // the revision's transaction was rolled back: no table, no version
      assert.deepEqual(readBack(join(dir, "athanor.db"), [`SELECT name FROM sqlite_master WHERE name LIKE 'project1_%'`]), ["[]"]);
      const current = project.athanor(["current"]);
      assert.doesNotMatch(current.stdout + current.stderr, /\b[0-9a-f]{12}\b/, "no revision applied");

      // the models are otherwise read as drizzle-kit reads them: compare on drizzle-kit's file without the
      // failing statement finds only that index
      const conn = await dialectForUrl(`sqlite:${join(dir, "kit.db")}`).driver.connect({ url: `sqlite:${join(dir, "kit.db")}` });
      try {
        const diff = await compare(t3NextAuth, conn);
        assert.deepEqual(
          diff.operations.map((o) => `${o.kind} ${"name" in o ? o.name : ""}`),
          ["createIndex userId_idx"],
          describeOps(diff.operations),
        );
      } finally {
        await conn.close();
      }
    } finally {
      project.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/*
 * A schema (written for this test, after an idiom seen in open-source drizzle schemas, e.g. an expense tracker's)
 * defaults two integer timestamps to sql`unixepoch()`. SQLite accepts a function call
 * as a DEFAULT only in parentheses: drizzle-kit writes `DEFAULT unixepoch()` and its migration is a syntax error;
 * Athanor writes `DEFAULT (unixepoch())`, which SQLite evaluates at each insert.
 */
describe("a schema drizzle-kit's SQL can't build: a function-call default without parentheses", () => {
  test("drizzle-kit's SQL is a syntax error; Athanor's build works, inserts get the time, check is clean", async () => {
    const dir = mkdtempSync(join(tmpdir(), "athanor-corpus-sqlite-"));
    const file = join(dir, "athanor.db");
    const source = sqliteSchemaSource("function-default");
    const project = new CorpusProject(`sqlite:${file}`, source);
    try {
      const statements = await drizzleKitSqliteStatements(source);
      assert.match(statements.join("\n"), /`created_at` integer DEFAULT unixepoch\(\) NOT NULL/);
      assert.throws(() => runSqliteStatements(join(dir, "kit.db"), statements), /syntax error/);

      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      project.athanor(["check"]);
      const schema = sqliteSchema(file);
      assert.deepEqual(
        (schema.tables.ledger as { columns: Array<{ name: string; default: string | null }> }).columns.map((c) => `${c.name} ${c.default}`),
        ["id null", "created_at expr:unixepoch()", "updated_at expr:unixepoch()", "label null", "amount null", "is_expense integer:1"],
      );
      const db = new Database(file);
      try {
        const before = Math.floor(Date.now() / 1000);
        db.prepare(`INSERT INTO "ledger" ("label", "amount") VALUES ('coffee', 3.5)`).run();
        const row = db.prepare(`SELECT "created_at", "updated_at", "amount", "is_expense" FROM "ledger"`).get() as Record<string, number>;
        assert.ok(row.created_at! >= before && row.created_at! <= before + 5, JSON.stringify(row));
        assert.equal(row.updated_at, row.created_at);
        assert.deepEqual([row.amount, row.is_expense], [3.5, 1]);
      } finally {
        db.close();
      }
      // ...and the models compare clean against the file with its rows (check reads the models from schema.ts)
      const check = project.athanor(["check"]);
      assert.match(check.stdout, /No changes detected/);
    } finally {
      project.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/*
 * drizzle's `casing` (drizzle.config and Athanor's `casing` setting): the D1 SaaS schema names its columns after
 * their keys (`teamId: text()`), so with "snake_case" its columns are team_id, created_at, ... The SQLite reader
 * ignored the setting (Athanor built teamId where drizzle-kit and the application use team_id).
 */
describe("drizzle's casing: snake_case on a schema whose columns are named by their keys (saas-d1)", () => {
  test("drizzle-kit's file checks clean, and Athanor's build is the same schema", async () => {
    const dir = mkdtempSync(join(tmpdir(), "athanor-corpus-sqlite-"));
    const kitFile = join(dir, "kit.db");
    const athanorFile = join(dir, "athanor.db");
    const project = new CorpusProject(`sqlite:${athanorFile}`, sqliteSchemaSource("saas-d1"));
    try {
      project.project.write("athanor.config.json", `${JSON.stringify({ models: ["./schema.ts"], casing: "snake_case" })}\n`);
      runSqliteStatements(kitFile, await drizzleKitSqliteStatements(sqliteSchemaSource("saas-d1"), { casing: "snake_case" }));
      const kit = sqliteSchema(kitFile);
      assert.ok(JSON.stringify(kit.tables.team_membership).includes(`"name":"team_id"`), "drizzle-kit's columns are snake_case");
      // (a) no revision yet: check compares the models with drizzle-kit's file as it is
      const a = project.project.run(["check"], { env: { DATABASE_URL: `sqlite:${kitFile}` } });
      assert.equal(a.code, 0, a.stderr + a.stdout);
      assert.match(a.stdout, /No changes detected/);
      // (b)
      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      project.athanor(["check"]);
      assertSameSqliteSchema(sqliteSchema(athanorFile), kit, "Athanor's build vs drizzle-kit's, snake_case");
    } finally {
      project.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

