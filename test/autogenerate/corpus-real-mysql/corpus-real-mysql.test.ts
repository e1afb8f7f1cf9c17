/**
 * The MySQL real-schema corpus: Drizzle `mysqlTable` schemas copied from open-source projects (schemas/, each
 * with its provenance), each built two ways on MariaDB and compared:
 *   (a) drizzle-kit's own SQL (`drizzle-kit generate`, offline, dialect mysql) run on a fresh database:
 *       Athanor's compare of that database with the models finds nothing, and warns only about what the case
 *       states;
 *   (b) a second fresh database built by Athanor from the models through the CLI as a user runs it
 *       (`revision --autogenerate -m init`, `upgrade head`, DATABASE_URL=mysql://...): every table's
 *       normalised `SHOW CREATE TABLE` equals (a)'s, and `check` exits 0;
 *   (d) the same revision as an offline script (`upgrade head --sql`) run by the `mariadb` client on a third
 *       fresh database: the same tables again, and `check` exits 0 there too;
 *   (c) on some schemas, realistic edits with rows in the tables: autogenerate + upgrade gives the schema of a
 *       drizzle-kit build of the edited source, keeps the rows (read back over a second connection), `check`
 *       exits 0, and `downgrade -1` gives (b)'s schema back with the rows still there.
 * drizzle-kit's SQL is run as it writes it, except `serial AUTO_INCREMENT`, which MariaDB refuses (harness.ts,
 * forMariadb). The one difference between the two builds, on every schema, is asserted in noActionSpelledOut.
 * What this corpus and the probing of drizzle idioms around it found in Athanor has focused tests in
 * test/dialects/mysql/drizzle-real-idioms.test.ts.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { mysql2Driver } from "../../../src/dialects/mysql/driver-mysql2.js";
import { createMysqlTestDatabase, type MysqlTestDatabase, requireMysql } from "../../support/mysql-databases.js";
import { compareMysql, describeOps } from "../../dialects/mysql/autogenerate-support.js";
import { CorpusProject, editSource } from "../corpus-real/harness.js";
import { assertSameSchema, drizzleKitStatements, forMariadb, runStatements, schemaSnapshot, schemaSource } from "./harness.js";
import * as drizzleOrmTypes from "./schemas/drizzle-orm-types.js";
import * as onestopshop from "./schemas/onestopshop.js";
import * as t3Auth from "./schemas/t3-auth.js";
import * as t3BetterAuth from "./schemas/t3-better-auth.js";
import * as unkey from "./schemas/unkey.js";

interface Edit {
  readonly from: string;
  readonly to: string;
}

interface CorpusCase {
  /** File name under schemas/, without .ts. */
  readonly name: string;
  readonly models: Record<string, unknown>;
  /** Warnings compare may give on (a), each with the feature it is about. */
  readonly expectedWarnings?: readonly RegExp[];
  /**
   * What drizzle-kit's build is known to differ from Athanor's in, applied to drizzle-kit's snapshot before
   * comparing (each one a legitimate difference, explained where it is given).
   */
  readonly knownBuildDifference?: (kitSnapshot: string) => string;
  /** (c) */
  readonly edits?: {
    /** Rows put in before the edits (statements run on a second connection). */
    readonly seed: readonly string[];
    /** A query whose rows must be the same before the upgrade, after it and after the downgrade. */
    readonly readBack: string;
    readonly edits: readonly Edit[];
    readonly expectInRevision: readonly RegExp[];
  };
}

/**
 * Legitimate difference, every schema: drizzle gives every foreign key `onDelete`/`onUpdate` "no action" unless
 * told otherwise, and drizzle-kit writes them out (`ON DELETE no action ON UPDATE no action`); Athanor writes no
 * clause for "no action" (the same rule as RESTRICT on InnoDB, which checks both at once, and compares them as
 * one). MariaDB then prints the rule it was given: `NO ACTION` where drizzle-kit wrote it, nothing (RESTRICT,
 * its default) where Athanor wrote none. The keys behave the same; docs/mysql.md says so.
 */
function noActionSpelledOut(kitSnapshot: string): string {
  return kitSnapshot.replace(/ ON DELETE NO ACTION/g, "").replace(/ ON UPDATE NO ACTION/g, "");
}

const CASES: readonly CorpusCase[] = [
  {
    name: "t3-auth",
    models: t3Auth,
    edits: {
      seed: [
        "INSERT INTO project1_user (id, name, email, emailVerified) VALUES ('u1', 'Ada', 'ada@example.com', '2024-01-02 03:04:05.678'), ('u2', 'Bob', 'bob@example.com', NULL)",
        "INSERT INTO project1_account (userId, type, provider, providerAccountId, access_token, expires_at, scope) VALUES ('u1', 'oauth', 'github', '12345', 'gho_x', 1700000000, 'read:user')",
        "INSERT INTO project1_post (name, created_by, updatedAt) VALUES ('hello', 'u1', '2024-03-04 05:06:07'), ('world', 'u2', NULL)",
      ],
      readBack:
        "SELECT u.id, u.email, u.emailVerified, a.provider, a.expires_at, p.id AS post_id, p.name AS post, p.createdAt, p.updatedAt FROM project1_user u LEFT JOIN project1_account a ON a.userId = u.id LEFT JOIN project1_post p ON p.created_by = u.id ORDER BY u.id, p.id",
      edits: [
        // fractional seconds and a database-side default on the column that already has ON UPDATE
        { from: `updatedAt: t.timestamp().onUpdateNow(),`, to: `updatedAt: t.timestamp({ fsp: 3 }).defaultNow().onUpdateNow(),` },
        // an int that will overflow in 2038 becomes a bigint
        { from: `expires_at: t.int(),`, to: `expires_at: t.bigint({ mode: "number" }),` },
        // a longer varchar
        { from: `  image: t.varchar({ length: 255 }),
}));`, to: `  image: t.varchar({ length: 2048 }),
}));` },
      ],
      expectInRevision: [/alterColumn\("project1_post", "updatedAt"/, /alterColumn\("project1_account", "expires_at"/, /alterColumn\("project1_user", "image"/],
    },
  },
  {
    name: "t3-better-auth",
    models: t3BetterAuth,
    edits: {
      seed: [
        "INSERT INTO `user` (id, name, email, email_verified, created_at, updated_at) VALUES ('u1', 'Ada', 'ada@example.com', 1, '2024-01-02 03:04:05', '2024-01-02 03:04:05'), ('u2', 'Bob', 'bob@example.com', 0, '2024-02-03 04:05:06', '2024-02-03 04:05:06')",
        "INSERT INTO `session` (id, expires_at, token, created_at, updated_at, ip_address, user_agent, user_id) VALUES ('s1', '2030-01-01 00:00:00', 'tok-1', '2024-01-02 03:04:05', '2024-01-02 03:04:05', '127.0.0.1', 'curl', 'u1')",
        "INSERT INTO `verification` (id, identifier, value, expires_at, created_at, updated_at) VALUES ('v1', 'ada@example.com', '123456', '2030-01-01 00:00:00', '2024-01-02 03:04:05', NULL)",
        "INSERT INTO `project1_post` (name, createdById) VALUES ('hello', 'u1'), ('world', 'u2')",
      ],
      readBack:
        "SELECT u.id, u.name, u.email, u.email_verified, s.token, s.ip_address, v.value, v.created_at, p.id AS post_id, p.name AS post FROM `user` u LEFT JOIN `session` s ON s.user_id = u.id LEFT JOIN `verification` v ON v.identifier = u.email LEFT JOIN `project1_post` p ON p.createdById = u.id ORDER BY u.id, p.id",
      edits: [
        // add a column with a default (at the end of the table, where ADD COLUMN puts it)
        {
          from: `  updatedAt: timestamp("updated_at")
    .$defaultFn(() => /* @__PURE__ */ new Date())
    .notNull(),
});

export const session`,
          to: `  updatedAt: timestamp("updated_at")
    .$defaultFn(() => /* @__PURE__ */ new Date())
    .notNull(),
  role: varchar("role", { length: 32 }).notNull().default("member"),
});

export const session`,
        },
        // session.updatedAt kept by the database instead of the app: defaultNow().onUpdateNow()
        {
          from: `  createdAt: timestamp("created_at").notNull(),
  updatedAt: timestamp("updated_at").notNull(),
  ipAddress: text("ip_address"),`,
          to: `  createdAt: timestamp("created_at").notNull(),
  updatedAt: timestamp("updated_at").defaultNow().onUpdateNow().notNull(),
  ipAddress: text("ip_address"),`,
        },
        // change a varchar length (a unique column)
        { from: `token: varchar("token", { length: 255 }).notNull().unique(),`, to: `token: varchar("token", { length: 512 }).notNull().unique(),` },
        // make a column NOT NULL with a default
        {
          from: `  createdAt: timestamp("created_at").$defaultFn(
    () => /* @__PURE__ */ new Date()
  ),`,
          to: `  createdAt: timestamp("created_at").notNull().defaultNow(),`,
        },
        // change a foreign key's action
        {
          from: `      .notNull()
      .references(() => user.id),`,
          to: `      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),`,
        },
        // add an index
        { from: `    index("name_idx").on(t.name),
  ]`, to: `    index("name_idx").on(t.name),
    index("created_at_idx").on(t.createdAt),
  ]` },
      ],
      expectInRevision: [/addColumn\("user"/, /alterColumn\("session", "token"/, /alterColumn\("session", "updated_at"[^\n]*onUpdateCurrentTimestamp: true/, /alterColumn\("verification", "created_at"/, /createForeignKey/, /createIndex\("created_at_idx"/],
    },
  },
  {
    name: "unkey",
    models: unkey,
    edits: {
      seed: [
        "INSERT INTO workspaces (id, tenant_id, name, created_at, plan, beta_features, features, enabled) VALUES ('ws_1', 'org_1', 'Acme', '2024-01-02 03:04:05.678', 'pro', '{}', '{\"webhooks\":true}', 1), ('ws_2', 'user_2', 'Solo', NULL, 'free', '{}', '{}', 1)",
        "INSERT INTO key_auth (id, workspace_id, created_at_m, store_encrypted_keys, default_prefix) VALUES ('ks_1', 'ws_1', 1700000000000, 0, 'acme')",
        "INSERT INTO apis (id, name, workspace_id, auth_type, key_auth_id) VALUES ('api_1', 'payments', 'ws_1', 'key', 'ks_1')",
        "INSERT INTO `keys` (id, key_auth_id, hash, start, workspace_id, owner_id, created_at, created_at_m, refill_interval, refill_amount, enabled, remaining_requests) VALUES ('key_1', 'ks_1', 'h1', 'acme_', 'ws_1', 'u_1', '2024-01-02 03:04:05.678', 1, 'daily', 100, 1, 50), ('key_2', 'ks_1', 'h2', 'acme_', 'ws_1', NULL, '2024-01-03 00:00:00', 2, NULL, NULL, 0, NULL)",
        "INSERT INTO roles (id, workspace_id, key_id, role) VALUES ('role_1', 'ws_1', 'key_1', 'admin')",
        "INSERT INTO ratelimit_namespaces (id, workspace_id, name, created_at_m) VALUES ('rl_1', 'ws_1', 'api.requests', 1)",
        "INSERT INTO ratelimit_overrides (id, workspace_id, namespace_id, identifier, `limit`, duration, async, created_at_m) VALUES ('ov_1', 'ws_1', 'rl_1', 'user_1', 10, 60000, 1, 1)",
      ],
      readBack:
        "SELECT k.id, k.hash, k.owner_id, k.created_at, k.refill_interval, k.enabled, ka.default_prefix, w.name, w.plan, w.features, r.role, o.`limit`, o.async FROM `keys` k JOIN key_auth ka ON ka.id = k.key_auth_id JOIN workspaces w ON w.id = k.workspace_id LEFT JOIN roles r ON r.key_id = k.id LEFT JOIN ratelimit_overrides o ON o.workspace_id = w.id ORDER BY k.id",
      edits: [
        // add an enum value
        { from: `mysqlEnum("refill_interval", ["daily", "monthly"])`, to: `mysqlEnum("refill_interval", ["daily", "monthly", "yearly"])` },
        // change a varchar length
        { from: `defaultPrefix: varchar("default_prefix", { length: 8 }),`, to: `defaultPrefix: varchar("default_prefix", { length: 16 }),` },
        // add a foreign key (served by the table's existing workspace_id_idx)
        {
          from: `    id: varchar("id", { length: 256 }).primaryKey(),
    workspaceId: varchar("workspace_id", { length: 256 }).notNull(),
    keyId: varchar("key_id", { length: 256 }).notNull(),`,
          to: `    id: varchar("id", { length: 256 }).primaryKey(),
    workspaceId: varchar("workspace_id", { length: 256 })
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    keyId: varchar("key_id", { length: 256 }).notNull(),`,
        },
        // drop an index, add another
        { from: `    ownerIdIndex: index("owner_id_idx").on(table.ownerId),
`, to: `    environmentIndex: index("environment_idx").on(table.environment),
` },
        // drop the index a foreign key uses (the key needs one: the server makes its own, as in drizzle-kit's build)
        { from: `  (table) => ({\n    workspaceId: index("workspace_id_idx").on(table.workspaceId),\n  }),`, to: `` },
        // make a column NOT NULL with a default
        { from: `    async: boolean("async"),`, to: `    async: boolean("async").notNull().default(false),` },
        // add a column (at the end of the table)
        { from: `    enabled: boolean("enabled").notNull().default(true),
    ...deleteProtection,
  },`, to: `    enabled: boolean("enabled").notNull().default(true),
    ...deleteProtection,
    slug: varchar("slug", { length: 64 }),
  },` },
      ],
      expectInRevision: [/alterColumn\("keys", "refill_interval"/, /alterColumn\("key_auth", "default_prefix"/, /createForeignKey\("roles_workspace_id_workspaces_id_fk"/, /dropIndex\("owner_id_idx"/, /dropIndex\("workspace_id_idx", \{ table: "apis"/, /createIndex\("environment_idx"/, /alterColumn\("ratelimit_overrides", "async"/, /addColumn\("workspaces"/],
    },
  },
  {
    name: "onestopshop",
    models: onestopshop,
    edits: {
      seed: [
        "INSERT INTO stores (store_name, industry, slug) VALUES ('Corner Shop', 'retail', 'corner-shop'), ('Book Nook', 'books', 'book-nook')",
        "INSERT INTO products (name, price, inventory, images, store_id) VALUES ('Tea', 4.50, 12, '[\"tea.png\"]', 1), ('Novel', 19.99, 3, NULL, 2)",
        "INSERT INTO carts (items, is_closed) VALUES ('[{\"id\":1,\"qty\":2}]', NULL), ('[]', 1)",
        "INSERT INTO orders (pretty_order_id, store_id, items, total, stripe_payment_intent_id, name) VALUES (1001, 1, '[]', 9.00, 'pi_1', 'Ada')",
      ],
      readBack:
        "SELECT p.id, p.name, p.price, p.inventory, p.images, p.store_id, s.store_name, (SELECT COUNT(*) FROM carts) AS carts, (SELECT GROUP_CONCAT(COALESCE(is_closed, 'null') ORDER BY id) FROM carts) AS closed, (SELECT total FROM orders WHERE stripe_payment_intent_id = 'pi_1') AS total FROM products p JOIN stores s ON s.id = p.store_id ORDER BY p.id",
      edits: [
        // change a decimal's precision
        { from: `price: decimal("price", { precision: 10, scale: 2 }).default("0"),`, to: `price: decimal("price", { precision: 12, scale: 2 }).default("0"),` },
        // a real foreign key: the column takes the referenced type (SERIAL is BIGINT UNSIGNED), then references it
        {
          from: `  images: json("images"),
  storeId: int("store_id"),`,
          to: `  images: json("images"),
  storeId: bigint("store_id", { mode: "number", unsigned: true }).references(() => stores.id, { onDelete: "set null" }),`,
        },
        { from: `  boolean,
  decimal,`, to: `  bigint,
  boolean,
  decimal,` },
        // drop a unique index
        { from: `      storeNameIndex: uniqueIndex("store_name_index").on(table.name),
`, to: `` },
        // add a column at the end of a table
        { from: `  country: text("country"),
});`, to: `  country: text("country"),
  phone: varchar("phone", { length: 32 }),
});` },
      ],
      expectInRevision: [/alterColumn\("products", "price"/, /alterColumn\("products", "store_id"/, /createForeignKey/, /dropIndex\("store_name_index"|dropConstraint\("store_name_index"/, /addColumn\("addresses"/],
    },
  },
  { name: "drizzle-orm-types", models: drizzleOrmTypes },
];

function expectedFromKit(c: CorpusCase, kitSnapshot: string): string {
  const s = noActionSpelledOut(kitSnapshot);
  return c.knownBuildDifference?.(s) ?? s;
}

async function withDatabases<T>(n: number, fn: (dbs: MysqlTestDatabase[]) => Promise<T>): Promise<T> {
  const dbs: MysqlTestDatabase[] = [];
  try {
    for (let i = 0; i < n; i++) dbs.push(await createMysqlTestDatabase("athanor_corpus"));
    return await fn(dbs);
  } finally {
    for (const db of dbs) await db.drop().catch(() => {});
  }
}

/** Compares the models with a database in-process; returns the differences and warnings as text. */
async function compareWith(url: string, models: unknown): Promise<{ ops: string; count: number; warnings: string[] }> {
  const conn = await mysql2Driver.connect({ url });
  try {
    const r = await compareMysql(models, conn);
    return { ops: describeOps(r.operations), count: r.operations.length, warnings: [...r.warnings] };
  } finally {
    await conn.close();
  }
}

/** `upgrade head --sql` piped to the `mariadb` client on a fresh database gives `expected`, and `check` is clean there. */
async function offlineBuild(project: CorpusProject, db: MysqlTestDatabase, expected: string): Promise<void> {
  const env = { DATABASE_URL: db.url };
  const script = project.project.run(["upgrade", "head", "--sql"], { env });
  assert.equal(script.code, 0, `upgrade head --sql exited ${script.code}:\n${script.stderr}`);
  const u = new URL(db.url);
  const client = spawnSync("mariadb", ["-h", u.hostname, "-P", u.port || "3306", "-u", decodeURIComponent(u.username || "root"), db.name], {
    input: script.stdout,
    encoding: "utf8",
    env: { ...process.env, ...(u.password ? { MYSQL_PWD: decodeURIComponent(u.password) } : {}) },
  });
  assert.equal(client.status, 0, `the mariadb client failed on the script: ${client.stderr}`);
  assertSameSchema(await schemaSnapshot(db), expected, "the offline script's build vs the online one");
  const check = project.project.run(["check"], { env });
  assert.equal(check.code, 0, `check on the offline-built database exited ${check.code}:\n${check.stdout}${check.stderr}`);
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
      return await drizzleKitStatements(source);
    } finally {
      running--;
      queue.shift()?.();
    }
  };
  const out = new Map<string, Promise<string[]>>();
  for (const c of CASES) {
    const source = schemaSource(c.name);
    out.set(c.name, limited(source));
    if (c.edits) out.set(`${c.name}+edits`, limited(editSource(source, c.edits.edits)));
  }
  for (const p of out.values()) p.catch(() => {});
  return out;
}

describe("real Drizzle mysqlTable schemas: drizzle-kit's MariaDB database and Athanor's are the same schema", async () => {
  const opts = await requireMysql();
  const kitSql = opts.skip ? new Map<string, Promise<string[]>>() : startDrizzleKit();

  for (const c of CASES) {
    test(c.name, opts, async (t) => {
      const source = schemaSource(c.name);
      await withDatabases(4, async ([kitDb, athanorDb, editedKitDb, offlineDb]) => {
        const statements = forMariadb(await kitSql.get(c.name)!);
        let kitSnapshot = "";
        await t.test("(a) drizzle-kit's SQL, then compare finds nothing", async () => {
          await runStatements(kitDb!, statements);
          kitSnapshot = expectedFromKit(c, await schemaSnapshot(kitDb!));
          const r = await compareWith(kitDb!.url, c.models);
          assert.equal(r.count, 0, `compare found differences on drizzle-kit's database:\n${r.ops}`);
          const unexpected = r.warnings.filter((w) => !(c.expectedWarnings ?? []).some((re) => re.test(w)));
          assert.deepEqual(unexpected, [], "warnings nobody expected");
        });

        const project = new CorpusProject(athanorDb!.url, source);
        try {
          let athanorSnapshot = "";
          await t.test("(b) built by Athanor from the models (CLI): same tables, check clean", async () => {
            project.autogenerate("init");
            project.athanor(["upgrade", "head"]);
            const check = project.athanor(["check"]);
            assert.match(check.stdout, /No changes detected/);
            athanorSnapshot = await schemaSnapshot(athanorDb!);
            assertSameSchema(athanorSnapshot, kitSnapshot, "Athanor's build vs drizzle-kit's");
          });

          await t.test("(d) the revision as an offline script, run by the mariadb client: same tables, check clean", () =>
            offlineBuild(project, offlineDb!, athanorSnapshot),
          );

          if (c.edits) {
            const edits = c.edits;
            await t.test("(c) edits with rows: upgrade equals drizzle-kit's edited build, rows kept; downgrade restores", async () => {
              await runStatements(athanorDb!, edits.seed);
              const rowsBefore = await athanorDb!.query(edits.readBack);
              assert.ok(rowsBefore.length > 0, "the seed put rows in");

              const editedStatements = forMariadb(await kitSql.get(`${c.name}+edits`)!);
              await runStatements(editedKitDb!, editedStatements);
              const editedKit = await schemaSnapshot(editedKitDb!);

              project.setSchema(editSource(source, edits.edits));
              const revision = project.autogenerate("edits");
              for (const re of edits.expectInRevision) assert.match(revision, re, `the revision should contain ${re}:\n${revision}`);
              project.athanor(["upgrade", "head"]);
              assertSameSchema(await schemaSnapshot(athanorDb!), expectedFromKit(c, editedKit), "after the edits");
              assert.deepEqual(await athanorDb!.query(edits.readBack), rowsBefore, "rows after the upgrade");
              const check = project.athanor(["check"]);
              assert.match(check.stdout, /No changes detected/);

              project.athanor(["downgrade", "-1"]);
              assertSameSchema(await schemaSnapshot(athanorDb!), athanorSnapshot, "after downgrade -1");
              assert.deepEqual(await athanorDb!.query(edits.readBack), rowsBefore, "rows after the downgrade");
            });
          }
        } finally {
          project.cleanup();
        }
      });
    });
  }
});
