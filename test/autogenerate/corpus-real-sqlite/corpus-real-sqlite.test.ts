/**
 * The SQLite real-schema corpus: Drizzle `sqliteTable` schemas modelled on open-source projects (schemas/, each
 * header naming the project whose idioms it exercises), each built two ways on SQLite files and compared:
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
 * Then the schemas where the two legitimately differ, each asserted as the user sees it (drizzle-kit's SQL
 * fails on SQLite: a duplicate index name, a function-call default without parentheses), and drizzle's `casing`.
 * Where Athanor's file differs from drizzle-kit's in text only, the case says so (storedAfterUpgrade); the
 * differences users meet are in docs/sqlite.md ("Autogenerate on SQLite").
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { generateAll } from "../../support/drizzle-kit.js";
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
    expectedWarnings: [/drizzle \$defaultFn\/\$default is client-side only: .*columns: member\.memberId$/],
    edits: {
      edits: [
        { from: `import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";`, to: `import { sql } from "drizzle-orm";\nimport { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";` },
        // a NOT NULL column with a non-constant default on the parent of three cascading foreign keys (a rebuild
        // of member: its DROP TABLE must not cascade into linked_login, login_session and passkey)
        { from: `  avatarUrl: text("avatarUrl"),\n});`, to: `  avatarUrl: text("avatarUrl"),\n  joinedAt: integer("joinedAt", { mode: "timestamp" }).notNull().default(sql\`(unixepoch())\`),\n});` },
        // a unique column
        { from: `  contactEmail: text("contactEmail").notNull(),\n`, to: `  contactEmail: text("contactEmail").notNull().unique(),\n` },
        // a default on an existing column
        { from: `  signCount: integer("signCount").notNull(),`, to: `  signCount: integer("signCount").notNull().default(0),` },
      ],
      seed: `
        INSERT INTO member ("memberId", "displayName", "contactEmail", "emailConfirmedAt") VALUES ('m1', 'Ada', 'ada@example.com', 1700000000000), ('m2', NULL, 'bob@example.com', NULL);
        INSERT INTO linked_login (issuer, subject, "ownerId", kind, "accessExpiresAt") VALUES ('github', 'gh-1', 'm1', 'oauth', 1700000000), ('google', 'g-1', 'm1', 'oidc', NULL), ('github', 'gh-2', 'm2', 'oauth', NULL);
        INSERT INTO login_session (handle, "ownerId", "validUntil") VALUES ('h1', 'm1', 1800000000000), ('h2', 'm2', 1800000000000);
        INSERT INTO passkey ("keyId", "credentialRef", "ownerId", "issuerAccount", "publicKeyB64", "signCount", "deviceKind", "isBackedUp") VALUES ('k1', 'cred-1', 'm2', 'gh-2', 'pk', 3, 'singleDevice', 1);
        INSERT INTO magic_link (address, secret, "validUntil") VALUES ('ada@example.com', 'x1', 1800000000000);
      `,
      keep: [
        `SELECT "memberId", "displayName", "contactEmail", "emailConfirmedAt", "avatarUrl" FROM member ORDER BY "memberId"`,
        `SELECT * FROM linked_login ORDER BY issuer, subject`,
        `SELECT * FROM login_session ORDER BY handle`,
        `SELECT * FROM passkey ORDER BY "keyId"`,
        `SELECT * FROM magic_link ORDER BY secret`,
      ],
      expectInRevision: [/addColumn\("member", \{ name: "joinedAt"/, /createIndex\("member_contactEmail_unique"/, /alterColumn\("passkey", "signCount"/],
    },
  },
  {
    name: "t3-better-auth",
    models: t3BetterAuth,
    expectedWarnings: [
      /drizzle \$defaultFn\/\$default is client-side only: .*columns: credential\.credId, device_session\.sessionId, otp_challenge\.challengeId, profile\.uid$/,
      /drizzle \$onUpdateFn\/\$onUpdate is client-side only: .*columns: article\.editedOn, credential\.editedOn, device_session\.editedOn, otp_challenge\.editedOn, profile\.editedOn$/,
    ],
    edits: {
      edits: [
        // drop an index
        { from: `(a) => [index("article_headline_idx").on(a.headline), index("article_author_idx").on(a.authorId)],`, to: `(a) => [index("article_author_idx").on(a.authorId)],` },
        // a foreign key's action (a rebuild of credential)
        { from: `      .references(() => profile.uid),\n    providerKey`, to: `      .references(() => profile.uid, { onDelete: "cascade" }),\n    providerKey` },
        // a declared type (text(255) -> text(45))
        { from: `    remoteAddr: d.text({ length: 255 }),`, to: `    remoteAddr: d.text({ length: 45 }),` },
        // a NOT NULL boolean with a constant default (ALTER TABLE ADD COLUMN) on the AUTOINCREMENT table
        { from: `    editedOn: d.integer({ mode: "timestamp" }).$onUpdate(() => new Date()),\n  }),\n  (a) => [`, to: `    editedOn: d.integer({ mode: "timestamp" }).$onUpdate(() => new Date()),\n    featured: d.integer({ mode: "boolean" }).notNull().default(false),\n  }),\n  (a) => [` },
      ],
      seed: `
        INSERT INTO profile (uid, "fullName", "emailAddress", "isVerified", "createdOn") VALUES ('p1', 'Ada', 'ada@example.com', 1, 1700000000), ('p2', 'Bob', 'bob@example.com', 0, 1700000001);
        INSERT INTO article (headline, "authorId", "publishedOn") VALUES ('hello', 'p1', 1700000100), ('again', 'p1', 1700000200), ('bob''s', 'p2', 1700000300);
        INSERT INTO credential ("credId", "profileId", "providerKey", "externalId", "createdOn") VALUES ('c1', 'p1', 'github', 'gh-1', 1700000000), ('c2', 'p2', 'password', 'pw', 1700000000);
        INSERT INTO device_session ("sessionId", bearer, "profileId", expiry, "remoteAddr", "createdOn") VALUES ('d1', 'tok-1', 'p1', 1800000000, '203.0.113.7', 1700000000);
        INSERT INTO otp_challenge ("challengeId", target, code, expiry, "createdOn") VALUES ('o1', 'ada@example.com', '123456', 1800000000, 1700000000);
        DELETE FROM article WHERE headline = 'again';
      `,
      keep: [
        `SELECT * FROM profile ORDER BY uid`,
        `SELECT "articleNo", headline, "authorId", "publishedOn", "editedOn" FROM article ORDER BY "articleNo"`,
        `SELECT * FROM credential ORDER BY "credId"`,
        `SELECT * FROM device_session ORDER BY "sessionId"`,
        `SELECT * FROM otp_challenge ORDER BY "challengeId"`,
        // AUTOINCREMENT: the counter survives the rebuilds (2 was used and deleted)
        `SELECT name, seq FROM sqlite_sequence WHERE name = 'article'`,
      ],
      expectInRevision: [/dropIndex\("article_headline_idx"/, /addColumn\("article", \{ name: "featured"/, /alterColumn\("device_session", "remoteAddr"/, /createForeignKey|dropConstraint/],
    },
  },
  {
    name: "saas-d1",
    models: saasD1,
    // the shared columns' $defaultFn/$onUpdateFn (insertedAt, modifiedAt, revision) on every table
    expectedWarnings: [/drizzle \$defaultFn\/\$default is client-side only: .*workspace_role\.id, workspace_role\.insertedAt$/, /drizzle \$onUpdateFn\/\$onUpdate is client-side only: .*workspace_role\.revision$/],
    edits: {
      edits: [
        // a foreign key on an existing column (a rebuild of workspace_member; every row's role exists)
        { from: `    roleRef: text().notNull(),\n    builtInRole: integer().notNull().default(1),\n    addedBy:`, to: `    roleRef: text()\n      .notNull()\n      .references(() => workspaceRole.id, { onDelete: "cascade" }),\n    builtInRole: integer().notNull().default(1),\n    addedBy:` },
        // a NOT NULL column with a constant default (ALTER TABLE ADD COLUMN)
        { from: `    ...tracked,\n  },\n  (h) => [`, to: `    ...tracked,\n    timezone: text({ length: 40 }).notNull().default("UTC"),\n  },\n  (h) => [` },
        // drop an index
        { from: `    index("workspace_invite_email_open_idx").on(i.email, i.redeemedAt, i.validUntil),\n`, to: `` },
        // rename an indexed column (ALTER TABLE RENAME COLUMN, with --rename), and the index's column with it
        { from: `    githubSubject: text({ length: 255 }),`, to: `    githubId: text({ length: 255 }),` },
        { from: `index("github_subject_idx").on(h.githubSubject)`, to: `index("github_subject_idx").on(h.githubId)` },
        // a declared type of a column under a unique index (a rebuild of workspace, which writes the index again)
        { from: `    handle: text({ length: 255 }).notNull(),`, to: `    handle: text({ length: 100 }).notNull(),` },
      ],
      renames: ["account_holder.githubSubject=githubId"],
      seed: `
        INSERT INTO account_holder (id, email, "accessLevel", "githubSubject", "insertedAt", "modifiedAt") VALUES ('ah_1', 'ada@example.com', 'owner', 'gh-1', 1700000000, 1700000000), ('ah_2', 'bob@example.com', 'member', NULL, 1700000000, 1700000000);
        INSERT INTO workspace (id, title, handle, extras, "insertedAt", "modifiedAt") VALUES ('ws_1', 'Ada''s workspace', 'ada', '{"seats":3}', 1700000000, 1700000000);
        INSERT INTO workspace_role (id, "workspaceId", label, grants, "insertedAt", "modifiedAt") VALUES ('wr_1', 'ws_1', 'editor', '["edit","view"]', 1700000000, 1700000000);
        INSERT INTO workspace_member (id, "workspaceId", "holderId", "roleRef", "insertedAt", "modifiedAt") VALUES ('wm_1', 'ws_1', 'ah_1', 'wr_1', 1700000000, 1700000000), ('wm_2', 'ws_1', 'ah_2', 'wr_1', 1700000000, 1700000000);
        INSERT INTO workspace_invite (id, "workspaceId", email, "roleRef", code, "sentBy", "validUntil", "insertedAt", "modifiedAt") VALUES ('wi_1', 'ws_1', 'cy@example.com', 'wr_1', 'code-1', 'ah_1', 1800000000, 1700000000, 1700000000);
        INSERT INTO webauthn_key (id, "holderId", "credentialKey", "publicKey", "useCount", "insertedAt", "modifiedAt") VALUES ('wk_1', 'ah_1', 'cred', 'pk', 0, 1700000000, 1700000000);
      `,
      keep: [
        `SELECT id, email, "accessLevel", revision FROM account_holder ORDER BY id`,
        `SELECT * FROM workspace ORDER BY id`,
        `SELECT * FROM workspace_role ORDER BY id`,
        `SELECT * FROM workspace_member ORDER BY id`,
        `SELECT * FROM workspace_invite ORDER BY id`,
        `SELECT * FROM webauthn_key ORDER BY id`,
      ],
      renamed: [{ before: `SELECT id, "githubSubject" AS g FROM account_holder ORDER BY id`, after: `SELECT id, "githubId" AS g FROM account_holder ORDER BY id` }],
      // A foreign key added to an existing table is named (its downgrade drops it by name); drizzle-kit's is
      // unnamed, as the ones Athanor creates with their table are. PRAGMA foreign_key_list shows no names.
      storedAfterUpgrade: [/CONSTRAINT "workspace_member_roleRef_fkey" FOREIGN KEY \("roleRef"\) REFERENCES "workspace_role" \("id"\) ON DELETE CASCADE/],
      expectInRevision: [
        /createForeignKey\(/,
        /addColumn\("account_holder", \{ name: "timezone"/,
        /dropIndex\("workspace_invite_email_open_idx"/,
        /alterColumn\("account_holder", "githubSubject", \{ newName: "githubId" \}\)/,
        /alterColumn\("workspace", "handle"/,
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
  const jobs: [string, string][] = [];
  for (const c of CASES) {
    const source = sqliteSchemaSource(c.name);
    jobs.push([c.name, source]);
    if (c.edits) jobs.push([`${c.name}+edits`, editSource(source, c.edits.edits)]);
  }
  return generateAll(jobs, drizzleKitSqliteStatements);
}

describe("Drizzle sqliteTable schemas modelled on real projects: drizzle-kit's SQLite file and Athanor's are the same schema", () => {
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
 * The t3-next-auth schema (modelled on create-t3-app's NextAuth SQLite template, which does the same) names an
 * index `by_person_idx` on two tables. MySQL keeps index names per table; PostgreSQL (one namespace per schema)
 * would fail too; SQLite keeps them in one namespace per database, so neither build can succeed. The difference
 * is what the user sees: drizzle-kit writes the migration without a word and it fails when run; Athanor's
 * autogenerate warns, naming both tables, and the upgrade fails on that statement with nothing committed.
 */
describe("a schema SQLite can't build as written: the same index name on two tables (t3-next-auth)", () => {
  test("drizzle-kit's SQL fails at the second index; Athanor warns at autogenerate, and upgrade fails with nothing committed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "athanor-corpus-sqlite-"));
    const source = sqliteSchemaSource("t3-next-auth");
    const project = new CorpusProject(`sqlite:${join(dir, "athanor.db")}`, source);
    try {
      const statements = await drizzleKitSqliteStatements(source);
      assert.throws(() => runSqliteStatements(join(dir, "kit-as-written.db"), statements), /index by_person_idx already exists/);
      // the rest of drizzle-kit's statements run, for the comparison below
      const second = statements.findIndex((s, i) => s.startsWith("CREATE INDEX `by_person_idx`") && statements.findIndex((x) => x === s || x.startsWith("CREATE INDEX `by_person_idx`")) < i);
      assert.ok(second > 0);
      runSqliteStatements(join(dir, "kit.db"), statements.filter((_, i) => i !== second));

      const r = project.athanor(["revision", "--autogenerate", "-m", "init"]);
      assert.match(
        r.stderr + r.stdout,
        /warning: index "by_person_idx" of table acme_visit and index "by_person_idx" of table acme_provider_link have the same name; SQLite keeps index names in one namespace per database/,
      );
      const up = project.athanor(["upgrade", "head"], 1);
      assert.match(up.stderr, /failed: index by_person_idx already exists; statement: CREATE INDEX "by_person_idx" ON "acme_visit"/);
      // the revision's transaction was rolled back: no table, no version
      assert.deepEqual(readBack(join(dir, "athanor.db"), [`SELECT name FROM sqlite_master WHERE name LIKE 'acme_%'`]), ["[]"]);
      const current = project.athanor(["current"]);
      assert.doesNotMatch(current.stdout + current.stderr, /\b[0-9a-f]{12}\b/, "no revision applied");

      // the models are otherwise read as drizzle-kit reads them: compare on drizzle-kit's file without the
      // failing statement finds only that index
      const conn = await dialectForUrl(`sqlite:${join(dir, "kit.db")}`).driver.connect({ url: `sqlite:${join(dir, "kit.db")}` });
      try {
        const diff = await compare(t3NextAuth, conn);
        assert.deepEqual(
          diff.operations.map((o) => `${o.kind} ${"name" in o ? o.name : ""}`),
          ["createIndex by_person_idx"],
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
 * drizzle's `casing` (drizzle.config and Athanor's `casing` setting): the saas-d1 schema names its columns after
 * their keys (`workspaceId: text()`), so with "snake_case" its columns are workspace_id, inserted_at, ... The
 * SQLite reader ignored the setting (Athanor built the camelCase names where drizzle-kit and the application use
 * the snake_case ones).
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
      assert.ok(JSON.stringify(kit.tables.workspace_member).includes(`"name":"workspace_id"`), "drizzle-kit's columns are snake_case");
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

