/**
 * A non-transactional PostgreSQL revision whose `op.execute` holds several statements, from a real history: a
 * Mattermost-format migration (golang-migrate/morph, marked `-- morph:nontransactional`) that adds two columns,
 * backfills them and builds two indexes CONCURRENTLY. Run through the psql of an offline script it works. Online,
 * Athanor sent the whole text as one simple-protocol query, which PostgreSQL runs as one implicit transaction
 * block, so the revision failed with "CREATE INDEX CONCURRENTLY cannot run inside a transaction block" although it
 * said `transactional = false`. Now each statement runs by itself, as psql runs them; a failure names the statement
 * that failed and what the revision committed before it.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { onlineAndOfflineDatabases, requirePostgres } from "../../support/databases.js";
import { MigrationProject } from "../../support/project.js";

// the migration's SQL as written (only the leading "-- morph:nontransactional" marker is left out: Athanor's
// `transactional = false` says it)
const MORPH_NONTRANSACTIONAL = `ALTER TABLE Posts ADD COLUMN IF NOT EXISTS HasLink boolean DEFAULT false;
ALTER TABLE Posts ADD COLUMN IF NOT EXISTS HasEmail boolean DEFAULT false;

UPDATE Posts SET HasLink = true WHERE Message ~ 'https?://[^\\s/$.?#].[^\\s]*';
UPDATE Posts SET HasEmail = true WHERE Message ~ '[^\\s@]+@[^\\s@]+\\.[^\\s@]+';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_posts_has_link ON Posts (HasLink) WHERE HasLink = true;
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_posts_has_email ON Posts (HasEmail) WHERE HasEmail = true;
`;

const BASE = {
  up: `  await op.execute("CREATE TABLE Posts (Id varchar(26) PRIMARY KEY, Message text)");
  await op.execute("INSERT INTO Posts VALUES ('p1', 'see https://example.com'), ('p2', 'mail me@example.com'), ('p3', 'plain')");`,
  down: `  await op.execute("DROP TABLE Posts");`,
};

const FLAGS = {
  transactional: false,
  up: `  await op.execute(${JSON.stringify(MORPH_NONTRANSACTIONAL)});`,
  down: `  await op.execute("DROP INDEX CONCURRENTLY idx_posts_has_email; DROP INDEX CONCURRENTLY idx_posts_has_link; ALTER TABLE Posts DROP COLUMN HasEmail; ALTER TABLE Posts DROP COLUMN HasLink");`,
};

const INDEXES = "SELECT c.relname AS name, i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname LIKE 'idx_posts_has_%' ORDER BY 1";
const FLAGGED = "SELECT id, haslink, hasemail FROM posts ORDER BY id";
const EXPECTED_FLAGS = [
  { id: "p1", haslink: true, hasemail: false },
  { id: "p2", haslink: false, hasemail: true },
  { id: "p3", haslink: false, hasemail: false },
];

describe("PostgreSQL: several statements in a non-transactional revision's op.execute", async () => {
  const skip = await requirePostgres();
  const dbs = onlineAndOfflineDatabases(skip);

  test("online: the CONCURRENTLY indexes are built, valid, and the downgrade drops them", skip, async () => {
    const p = new MigrationProject(dbs.online.url);
    try {
      p.rev("a1000001", null, BASE).rev("a1000002", "a1000001", FLAGS);
      const up = p.athanor("upgrade", "head");
      assert.equal(up.code, 0, up.stderr);
      assert.doesNotMatch(up.stderr, /transaction block/);
      assert.deepEqual(await dbs.online.query(INDEXES), [
        { name: "idx_posts_has_email", valid: true },
        { name: "idx_posts_has_link", valid: true },
      ]);
      assert.deepEqual(await dbs.online.query(FLAGGED), EXPECTED_FLAGS);
      const down = p.athanor("downgrade", "a1000001");
      assert.equal(down.code, 0, down.stderr);
      assert.deepEqual(await dbs.online.query(INDEXES), []);
    } finally {
      p.cleanup();
    }
  });

  test("the --sql script through psql gives the same indexes and rows", skip, async () => {
    const p = new MigrationProject(dbs.offline.url);
    try {
      p.rev("a1000001", null, BASE).rev("a1000002", "a1000001", FLAGS);
      const script = p.athanor("upgrade", "head", "--sql");
      assert.equal(script.code, 0, script.stderr);
      const psql = spawnSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", dbs.offline.url], { input: script.stdout, encoding: "utf8" });
      assert.equal(psql.status, 0, psql.stderr);
      assert.deepEqual(await dbs.offline.query(INDEXES), [
        { name: "idx_posts_has_email", valid: true },
        { name: "idx_posts_has_link", valid: true },
      ]);
      assert.deepEqual(await dbs.offline.query(FLAGGED), EXPECTED_FLAGS);
    } finally {
      p.cleanup();
    }
  });

  test("a failing statement is the one named, and what committed before it is said to stay", skip, async () => {
    const db = dbs.online;
    await db.query("DROP TABLE IF EXISTS Posts");
    await db.query("DROP TABLE IF EXISTS athanor_version");
    const p = new MigrationProject(db.url);
    try {
      // the second index is already there under the first index's name: its CREATE INDEX fails, after the columns,
      // the backfill and the first index have committed (each by itself, as psql would have run them)
      const clash = MORPH_NONTRANSACTIONAL.replace("idx_posts_has_email ON", "idx_posts_taken ON").replace("IF NOT EXISTS idx_posts_taken", "idx_posts_taken");
      p.rev("a1000001", null, {
        up: `${BASE.up}\n  await op.execute("CREATE INDEX idx_posts_taken ON Posts (Id)");`,
        down: BASE.down,
      }).rev("a1000002", "a1000001", { ...FLAGS, up: `  await op.execute(${JSON.stringify(clash)});` });
      const r = p.athanor("upgrade", "head");
      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stderr, /relation "idx_posts_taken" already exists; statement: CREATE INDEX CONCURRENTLY idx_posts_taken ON Posts \(HasEmail\) WHERE HasEmail = true;/);
      // the five statements before it, each committed by itself (the first three are listed)
      assert.match(r.stderr, /what it committed stays \(transactional = false\): ALTER TABLE Posts ADD COLUMN IF NOT EXISTS HasLink boolean DEFAULT false; .* and 2 more/);
      assert.deepEqual(await db.query(INDEXES), [{ name: "idx_posts_has_link", valid: true }]);
      assert.deepEqual(await db.query("SELECT version_num FROM athanor_version"), [{ version_num: "a1000001" }]);
    } finally {
      p.cleanup();
    }
  });
});
