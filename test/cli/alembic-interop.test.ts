/**
 * Athanor and Alembic 1.8 on one database, on SQLite and MariaDB, with the real
 * `alembic` (run as `/usr/bin/python3 -m alembic`): the same graph in both
 * tools (a1a1, then b2b2 labelled `shop` and c3c3 side by side, d4d4 merging
 * them), on tables with a foreign key and an index.
 *
 * - Adoption as docs/deploy.md describes it: a database Alembic migrated is
 *   carried on by Athanor in `alembic_version` from a baseline with Alembic's
 *   head id, and after `downgrade` back to that head `alembic current` agrees.
 * - The reverse: a version table Athanor made is read and moved by Alembic.
 * - The same commands on twin databases leave the same version rows and the
 *   same tables, online and through `--sql` scripts run by the real client;
 *   where Athanor differs on purpose (documented in docs/commands/downgrade.md,
 *   upgrade.md and stamp.md), what each tool does is asserted.
 *
 * Without Alembic (or PyMySQL for the MariaDB half) the suite is skipped with
 * the reason; under CI=true a missing tool fails it.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { openSqlite, runSqliteShell } from "../dialects/support/sqlite-file.js";
import { createMysqlTestDatabase, type MysqlTestDatabase, mysqlUnavailable, runMariadbClient } from "../support/mysql-databases.js";
import { MigrationProject } from "../support/project.js";

const PYTHON = "/usr/bin/python3";

function missing(reason: string | null): { skip?: string } {
  if (reason === null) return {};
  if (process.env.CI === "true" || process.env.CI === "1") throw new Error(`CI=true and ${reason}`);
  return { skip: reason };
}

function pythonProbe(args: string[], what: string): string | null {
  const r = spawnSync(PYTHON, args, { encoding: "utf8" });
  return r.status === 0 ? null : `${what} is not available (${PYTHON} ${args.join(" ")}: ${(r.error?.message ?? r.stderr).trim().split("\n").pop()}); apt-get install -y python3-alembic python3-pymysql`;
}

const alembicSkip = missing(pythonProbe(["-m", "alembic", "--version"], "Alembic"));
const mysqlSkip = alembicSkip.skip
  ? alembicSkip
  : missing((await mysqlUnavailable()) ?? pythonProbe(["-c", "import pymysql"], "PyMySQL (Alembic's MariaDB driver)"));

const ENV_PY = `import os
from alembic import context
from sqlalchemy import create_engine

url = os.environ["DB_URL"]
if context.is_offline_mode():
    context.configure(url=url, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    with create_engine(url).connect() as connection:
        context.configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
`;

function alembicRevision(rev: string, down: string | string[] | null, labels: string[], up: string, downgrade: string): string {
  const py = (v: unknown) => (v === null ? "None" : Array.isArray(v) ? `(${v.map((x) => JSON.stringify(x)).join(", ")},)` : JSON.stringify(v));
  return `from alembic import op
import sqlalchemy as sa
revision = ${py(rev)}
down_revision = ${py(down)}
branch_labels = ${labels.length ? py(labels) : "None"}
depends_on = None
def upgrade():
    ${up}
def downgrade():
    ${downgrade}
`;
}

const dirs: string[] = [];
const projects: MigrationProject[] = [];
const databases: MysqlTestDatabase[] = [];
after(async () => {
  for (const p of projects) p.cleanup();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  for (const d of databases) await d.drop();
});

function alembicProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "athanor-alembic-"));
  dirs.push(dir);
  mkdirSync(join(dir, "alembic/versions"), { recursive: true });
  writeFileSync(join(dir, "alembic.ini"), "[alembic]\nscript_location = %(here)s/alembic\n");
  writeFileSync(join(dir, "alembic/env.py"), ENV_PY);
  const v = (name: string, src: string) => writeFileSync(join(dir, "alembic/versions", name), src);
  v("a1a1_users.py", alembicRevision("a1a1", null, [], `op.create_table("users", sa.Column("id", sa.Integer, primary_key=True, autoincrement=False), sa.Column("email", sa.String(100), nullable=False))`, `op.drop_table("users")`));
  v("b2b2_orders.py", alembicRevision("b2b2", "a1a1", ["shop"], `op.create_table("orders", sa.Column("id", sa.Integer, primary_key=True, autoincrement=False), sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", name="orders_user_fk"), nullable=False))`, `op.drop_table("orders")`));
  v("c3c3_email_index.py", alembicRevision("c3c3", "a1a1", [], `op.create_index("users_email_idx", "users", ["email"])`, `op.drop_index("users_email_idx", table_name="users")`));
  v("d4d4_merge.py", alembicRevision("d4d4", ["b2b2", "c3c3"], [], `op.add_column("orders", sa.Column("note", sa.String(50)))`, `op.drop_column("orders", "note")`));
  return dir;
}

/** The same graph as Athanor revisions, in `alembic_version`. */
function mirrorProject(url: string): MigrationProject {
  const p = new MigrationProject(url, { versionTable: "alembic_version" })
    .rev("a1a1", null, {
      up: `  await op.createTable("users", { columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "email", type: t.varchar(100), nullable: false }] });`,
      down: `  await op.dropTable("users");`,
    })
    .rev("b2b2", "a1a1", {
      branchLabels: ["shop"],
      up: `  await op.createTable("orders", { columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "user_id", type: t.integer(), nullable: false, references: { table: "users", column: "id" } }] });`,
      down: `  await op.dropTable("orders");`,
    })
    .rev("c3c3", "a1a1", {
      up: `  await op.createIndex("users_email_idx", "users", ["email"]);`,
      down: `  await op.dropIndex("users_email_idx", { table: "users" });`,
    })
    .rev("d4d4", ["b2b2", "c3c3"], {
      up: `  await op.addColumn("orders", { name: "note", type: t.varchar(50) });`,
      down: `  await op.dropColumn("orders", "note");`,
    });
  projects.push(p);
  return p;
}

/** docs/deploy.md's path: a baseline with Alembic's head id, then Athanor's own revisions. */
function adoptingProject(url: string): MigrationProject {
  const p = new MigrationProject(url, { versionTable: "alembic_version" }).rev("d4d4", null, { message: "baseline" }).rev("e5e5", "d4d4", {
    up: `  await op.createTable("tags", { columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "user_id", type: t.integer(), references: { table: "users", column: "id" } }] });`,
    down: `  await op.dropTable("tags");`,
  });
  projects.push(p);
  return p;
}

interface Db {
  /** Athanor's URL and Alembic's (SQLAlchemy) URL of the same database. */
  url: string;
  alembicUrl: string;
  rows(): Promise<string[] | "no table">;
  tables(): Promise<string[]>;
  runClient(script: string): void;
}

interface Flavour {
  name: string;
  skip: { skip?: string };
  fresh(): Promise<Db>;
}

const sqlite: Flavour = {
  name: "SQLite",
  skip: alembicSkip,
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), "athanor-alembic-db-"));
    dirs.push(dir);
    const path = join(dir, "app.db");
    const read = <T>(fn: (db: ReturnType<typeof openSqlite>) => T): T => {
      const db = openSqlite(path);
      try {
        return fn(db);
      } finally {
        db.close();
      }
    };
    const names = () => read((db) => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name));
    return {
      url: `sqlite:${path}`,
      alembicUrl: `sqlite:///${path}`,
      async rows() {
        if (!names().includes("alembic_version")) return "no table";
        return read((db) => (db.prepare("SELECT version_num FROM alembic_version ORDER BY 1").all() as { version_num: string }[]).map((r) => r.version_num));
      },
      async tables() {
        return names().filter((n) => !n.startsWith("alembic_version"));
      },
      runClient(script) {
        const r = runSqliteShell(path, script);
        assert.equal(r.status, 0, `${r.stderr}\n--- script ---\n${script}`);
      },
    };
  },
};

const mariadb: Flavour = {
  name: "MariaDB",
  skip: mysqlSkip,
  async fresh() {
    const db = await createMysqlTestDatabase("athanor_alembic");
    databases.push(db);
    const names = async () => (await db.query<Record<string, string>>("SHOW TABLES")).map((r) => Object.values(r)[0] as string).sort();
    return {
      url: db.url,
      alembicUrl: db.url.replace(/^mysql:/, "mysql+pymysql:"),
      async rows() {
        if (!(await names()).includes("alembic_version")) return "no table";
        return (await db.query<{ version_num: string }>("SELECT version_num FROM alembic_version ORDER BY 1")).map((r) => r.version_num);
      },
      async tables() {
        return (await names()).filter((n) => !n.startsWith("alembic_version"));
      },
      runClient(script) {
        runMariadbClient(db, script);
      },
    };
  },
};

function alembic(dir: string, db: Db, ...args: string[]) {
  const r = spawnSync(PYTHON, ["-m", "alembic", ...args], { cwd: dir, env: { ...process.env, DB_URL: db.alembicUrl }, encoding: "utf8" });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function ok(r: { code: number; stdout: string; stderr: string }, what: string): string {
  assert.equal(r.code, 0, `${what}: ${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** Steps both tools are meant to agree on, from one starting database each. */
const AGREEING: string[][][] = [
  [["upgrade", "heads"], ["downgrade", "c3c3"], ["downgrade", "shop@-1"], ["upgrade", "heads"], ["downgrade", "base"]],
  [["upgrade", "a1a1"], ["upgrade", "+1"], ["upgrade", "c3c3"], ["downgrade", "-1"], ["upgrade", "head"], ["stamp", "--purge", "b2b2"], ["stamp", "c3c3"], ["stamp", "base"]],
  [["upgrade", "shop@head"], ["downgrade", "shop@base"], ["upgrade", "b2b2"], ["upgrade", "c3c3"], ["stamp", "d4d4"], ["stamp", "c3c3"], ["downgrade", "b2b2@-1"], ["stamp", "heads"], ["downgrade", "-2"]],
  [["stamp", "b2b2", "c3c3"], ["downgrade", "d4d4@-1"], ["stamp", "heads"], ["downgrade", "c3c3"], ["upgrade", "+1"]],
  [["upgrade", "heads"], ["downgrade", "c3c3"], ["upgrade", "c3c3@+1"], ["downgrade", "c3c3"], ["downgrade", "c3c3@-1"], ["upgrade", "shop@+1"]],
];

for (const flavour of [sqlite, mariadb]) {
  describe(`Alembic and Athanor on one ${flavour.name} database`, flavour.skip, () => {
    test("adoption as docs/deploy.md says: Athanor carries on in alembic_version, and Alembic reads it back after the downgrade", async () => {
      const dir = alembicProject();
      const db = await flavour.fresh();
      ok(alembic(dir, db, "upgrade", "heads"), "alembic upgrade heads");
      const p = adoptingProject(db.url);
      assert.equal(ok(p.athanor("current"), "current").trim(), "d4d4");
      const up = p.athanor("upgrade", "head");
      ok(up, "upgrade head");
      assert.match(up.stderr, /Running upgrade d4d4 -> e5e5[\s\S]*the database is at e5e5/);
      assert.deepEqual(await db.rows(), ["e5e5"]);
      assert.ok((await db.tables()).includes("tags"));
      assert.equal(ok(p.athanor("current"), "current").trim(), "e5e5 (head)");
      assert.match(ok(p.athanor("history"), "history"), /^d4d4 -> e5e5 \(head\)/);
      // Alembic doesn't know e5e5 (as the docs say), and says so
      const lost = alembic(dir, db, "current");
      assert.notEqual(lost.code, 0);
      assert.match(lost.stdout + lost.stderr, /Can't locate revision identified by 'e5e5'/);
      ok(p.athanor("downgrade", "d4d4"), "downgrade d4d4");
      assert.deepEqual(await db.rows(), ["d4d4"]);
      assert.ok(!(await db.tables()).includes("tags"));
      assert.match(ok(alembic(dir, db, "current"), "alembic current"), /^d4d4 \(head\) \(mergepoint\)$/m);
      ok(alembic(dir, db, "downgrade", "c3c3"), "alembic downgrade c3c3");
      assert.deepEqual(await db.rows(), ["b2b2", "c3c3"]);
    });

    test("the reverse: a version table Athanor made is read and moved by Alembic", async () => {
      const dir = alembicProject();
      const db = await flavour.fresh();
      const p = mirrorProject(db.url);
      ok(p.athanor("upgrade", "heads"), "athanor upgrade heads");
      assert.match(ok(alembic(dir, db, "current"), "alembic current"), /^d4d4 \(head\) \(mergepoint\)$/m);
      ok(alembic(dir, db, "downgrade", "c3c3"), "alembic downgrade c3c3");
      assert.deepEqual(ok(p.athanor("current"), "current").trim().split("\n").sort(), ["b2b2", "c3c3"]);
      ok(p.athanor("upgrade", "heads"), "athanor upgrade heads");
      assert.match(ok(alembic(dir, db, "current"), "alembic current"), /^d4d4 \(head\) \(mergepoint\)$/m);
    });

    test("the same commands leave the same version rows and tables in both tools", async () => {
      const dir = alembicProject();
      let compared = 0;
      for (const steps of AGREEING) {
        const a = await flavour.fresh();
        const b = await flavour.fresh();
        const p = mirrorProject(b.url);
        for (const step of steps) {
          const ra = alembic(dir, a, ...step);
          const rb = p.athanor(...step);
          const what = `${step.join(" ")} (alembic: ${ra.stdout}${ra.stderr}; athanor: ${rb.stdout}${rb.stderr})`;
          assert.equal(rb.code === 0, ra.code === 0, `exit status differs: ${what}`);
          assert.deepEqual(await b.rows(), await a.rows(), `version rows differ: ${what}`);
          assert.deepEqual(await b.tables(), await a.tables(), `tables differ: ${what}`);
          compared++;
        }
        // current lists the same revisions (Alembic's order is a set's)
        const ca = ok(alembic(dir, a, "current"), "alembic current").trim().split("\n").sort();
        const cb = ok(p.athanor("current"), "athanor current").trim().split("\n").sort();
        assert.deepEqual(cb, ca);
      }
      assert.equal(compared, AGREEING.flat().length);
    });

    test("where Athanor differs on purpose: -1 and <label or revision>@-1 from a merge point unmerge; overlapping stamps are refused", async () => {
      const dir = alembicProject();
      const a = await flavour.fresh();
      const b = await flavour.fresh();
      const p = mirrorProject(b.url);
      ok(alembic(dir, a, "upgrade", "heads"), "alembic upgrade heads");
      ok(p.athanor("upgrade", "heads"), "athanor upgrade heads");
      for (const target of ["-1", "d4d4@-1", "shop@-1", "b2b2@-1"]) {
        const ra = alembic(dir, a, "downgrade", target);
        assert.notEqual(ra.code, 0, `alembic downgrade ${target}`);
        assert.match(ra.stdout + ra.stderr, /Ambiguous walk|AssertionError/);
        ok(p.athanor("downgrade", target), `athanor downgrade ${target}`);
        assert.deepEqual(await b.rows(), ["b2b2", "c3c3"]);
        ok(p.athanor("upgrade", "heads"), "athanor upgrade heads");
        assert.deepEqual(await a.rows(), ["d4d4"]);
      }
      // two revisions on one line of descent: Alembic records both, Athanor refuses (GRAPH.OVERLAPPING_REVISIONS)
      const ra = alembic(dir, a, "stamp", "--purge", "a1a1", "b2b2");
      ok(ra, "alembic stamp a1a1 b2b2");
      assert.deepEqual(await a.rows(), ["a1a1", "b2b2"]);
      const rb = p.athanor("stamp", "--purge", "a1a1", "b2b2");
      assert.equal(rb.code, 1);
      assert.match(rb.stderr, /Can't stamp a1a1 and b2b2 together/);
      assert.deepEqual(await b.rows(), ["d4d4"]);
    });

    test("--sql scripts, run by the real client on databases Alembic migrated, leave the same version rows as Alembic's", async () => {
      const dir = alembicProject();
      const cases: Array<{ before: string[] | null; args: string[] }> = [
        { before: null, args: ["upgrade", "heads"] },
        { before: ["upgrade", "c3c3"], args: ["upgrade", "c3c3:heads"] },
        { before: ["upgrade", "heads"], args: ["downgrade", "d4d4:c3c3"] },
        { before: ["upgrade", "heads"], args: ["downgrade", "d4d4:a1a1"] },
        { before: ["upgrade", "a1a1"], args: ["stamp", "a1a1:b2b2"] },
        { before: ["upgrade", "heads"], args: ["stamp", "d4d4:c3c3"] },
        { before: null, args: ["stamp", "heads"] },
      ];
      for (const c of cases) {
        const a = await flavour.fresh();
        const b = await flavour.fresh();
        const p = mirrorProject(b.url);
        if (c.before) {
          ok(alembic(dir, a, ...c.before), `alembic ${c.before.join(" ")}`);
          ok(alembic(dir, b, ...c.before), `alembic ${c.before.join(" ")}`);
        }
        a.runClient(ok(alembic(dir, a, ...c.args, "--sql"), `alembic ${c.args.join(" ")} --sql`));
        b.runClient(ok(p.athanor(...c.args, "--sql"), `athanor ${c.args.join(" ")} --sql`));
        assert.deepEqual(await b.rows(), await a.rows(), c.args.join(" "));
        assert.deepEqual(await b.tables(), await a.tables(), c.args.join(" "));
      }
    });
  });
}
