/**
 * `athanor test`: the history proved on a throwaway database, as CI runs it.
 * Each case is a temporary project run through the built binary: a clean
 * history passes (exit 0, `--json` shape), and each broken history fails
 * with exit 1 naming the check, the revision, its file, the step and the
 * error: a downgrade that leaves a column behind, a missing downgrade, a
 * downgrade that throws, two heads, models that drifted. On PGlite by
 * default, and on the PostgreSQL server with `--url` (an empty database;
 * one with tables is refused, exit 2).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type CliResult, revisionFile, TempProject } from "../support/cli.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { withProject } from "./helpers.js";

const CONFIG = `export default { scriptLocation: "migrations" };\n`;
const MODELS_CONFIG = `export default { scriptLocation: "migrations", models: ["./models.ts"] };\n`;

const USERS = revisionFile({
  rev: "a0000001",
  down: null,
  message: "create users",
  upgrade: `  await op.execute("CREATE TABLE users (id integer PRIMARY KEY)");`,
  downgrade: `  await op.execute("DROP TABLE users");`,
});

function nickname(downgrade: string): string {
  return revisionFile({
    rev: "b0000002",
    down: "a0000001",
    message: "add nickname",
    upgrade: `  await op.execute("ALTER TABLE users ADD COLUMN nickname text");`,
    downgrade,
  });
}

const GOOD_NICKNAME = nickname(`  await op.execute("ALTER TABLE users DROP COLUMN nickname");`);

/** A revision that can't be undone, and says so. */
const IRREVERSIBLE = revisionFile({
  rev: "c0000003",
  down: "b0000002",
  message: "drop legacy",
  upgrade: `  await op.execute("CREATE TABLE legacy (id int)");\n  await op.execute("DROP TABLE legacy");`,
  extra: `export const irreversible = "the legacy rows are deleted";\n`,
}).replace(/export async function downgrade\(op\) \{\n\n\}\n/, "");

const MODELS = `import { t, table } from "athanor";
export const users = table("users", {
  columns: {
    id: { type: t.integer(), primaryKey: true },
    nickname: { type: t.text() },
  },
});
`;

function project(files: Record<string, string>, config = CONFIG): TempProject {
  const p = new TempProject();
  p.write("athanor.config.mjs", config);
  p.write("migrations/versions/.gitkeep", "");
  for (const [path, text] of Object.entries(files)) p.write(path, text);
  return p;
}

/** Asserts exit 1 and the one error line; returns it without `error: `. */
function failed(r: CliResult): string {
  assert.equal(r.code, 1, `expected exit 1, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
  assert.equal(errors.length, 1, r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
  return (errors[0] as string).slice("error: ".length);
}

// PGlite starts in each process (a second or more of CPU): two at a time, not all at once
describe("athanor test", { concurrency: 2 }, () => {
  test("a clean history passes: every check, an irreversible revision upgraded only, the models compare empty; --json", async () => {
    const p = project(
      {
        "migrations/versions/a0000001_create_users.mjs": USERS,
        "migrations/versions/b0000002_add_nickname.mjs": GOOD_NICKNAME,
        "migrations/versions/c0000003_drop_legacy.mjs": IRREVERSIBLE,
        "models.ts": MODELS,
      },
      MODELS_CONFIG,
    );
    try {
      const j = await p.runAsync(["test", "--json"]);
      assert.equal(j.code, 0, j.stderr);
      assert.match(j.stderr, /^ok: heads: 1 \(c0000003\)$/m);
      assert.match(j.stderr, /^ok: downgrades: 3 revisions; irreversible: c0000003$/m);
      assert.match(j.stderr, /^b0000002: upgrade, downgrade, upgrade again$/m);
      assert.match(j.stderr, /^c0000003: upgrade \(irreversible: downgrade not run\)$/m);
      assert.match(j.stderr, /^ok: models: no differences after the last upgrade$/m);
      const report = JSON.parse(j.stdout) as Record<string, unknown>;
      assert.equal(typeof report.durationMs, "number");
      delete report.durationMs;
      assert.deepEqual(report, {
        passed: true,
        database: "pglite:memory",
        revisions: 3,
        heads: ["c0000003"],
        irreversible: [{ revision: "c0000003", reason: "the legacy rows are deleted" }],
        checks: [
          { name: "heads", status: "passed", summary: "1 (c0000003)" },
          { name: "downgrades", status: "passed", summary: "3 revisions; irreversible: c0000003" },
          {
            name: "stairway",
            status: "passed",
            summary:
              "3 revisions upgraded, downgraded and upgraded again (irreversible ones upgraded only); the schema after each downgrade matched the one before its upgrade",
          },
          { name: "models", status: "passed", summary: "no differences after the last upgrade" },
        ],
        failure: null,
      });
      // and a downgrade through the irreversible revision is refused, naming it
      const up = await p.runAsync(["upgrade", "head", "--url", "pglite:./db"]);
      assert.equal(up.code, 0, up.stderr);
      const down = await p.runAsync(["downgrade", "base", "--url", "pglite:./db"]);
      assert.equal(down.code, 1);
      assert.match(down.stderr, /c0000003 is irreversible \(the legacy rows are deleted\): it can't be downgraded/);
    } finally {
      p.cleanup();
    }
  });

  test("a downgrade that leaves a column behind: the schema difference is named (text and --json)", async () => {
    const p = project({
      "migrations/versions/a0000001_create_users.mjs": USERS,
      "migrations/versions/b0000002_add_nickname.mjs": nickname("  // forgot to drop the column"),
    });
    try {
      const r = await p.runAsync(["test", "--json"]);
      assert.equal(
        failed(r),
        "stairway: revision b0000002 (migrations/versions/b0000002_add_nickname.mjs), step downgrade: the schema after the downgrade differs from the schema before the upgrade (1 difference): left behind: column public.users.nickname",
      );
      const report = JSON.parse(r.stdout) as { passed: boolean; failure: unknown; checks: Array<{ name: string; status: string }>; revisions: number };
      assert.equal(report.passed, false);
      assert.equal(report.revisions, 1, "a0000001 went through the stairway before the failure");
      assert.deepEqual(report.failure, {
        check: "stairway",
        revision: "b0000002",
        file: "migrations/versions/b0000002_add_nickname.mjs",
        step: "downgrade",
        error:
          "the schema after the downgrade differs from the schema before the upgrade (1 difference): left behind: column public.users.nickname",
        differences: ["left behind: column public.users.nickname"],
      });
      assert.deepEqual(
        report.checks.map((c) => `${c.name} ${c.status}`),
        ["heads passed", "downgrades passed", "stairway failed", "models not run"],
      );
    } finally {
      p.cleanup();
    }
  });

  test("a missing downgrade fails before any database is opened, naming the file and the way to declare it irreversible", async () => {
    const p = project({
      "migrations/versions/a0000001_create_users.mjs": USERS.replace(/export async function downgrade\(op\) \{[\s\S]*$/, ""),
    });
    try {
      assert.equal(
        failed(await p.runAsync(["test"])),
        "downgrades: revision a0000001 (migrations/versions/a0000001_create_users.mjs): no downgrade: export async function downgrade(op) { … }, or declare that it can't have one with export const irreversible = \"why\"",
      );
    } finally {
      p.cleanup();
    }
  });

  test("a downgrade that throws: the step and the error", async () => {
    const p = project({
      "migrations/versions/a0000001_create_users.mjs": USERS,
      "migrations/versions/b0000002_add_nickname.mjs": nickname(`  throw new Error("boom: not written yet");`),
    });
    try {
      const msg = failed(await p.runAsync(["test"]));
      assert.match(msg, /^stairway: revision b0000002 \(migrations\/versions\/b0000002_add_nickname\.mjs\), step downgrade: /);
      assert.match(msg, /boom: not written yet/);
    } finally {
      p.cleanup();
    }
  });

  test("two heads: both branches' latest revisions named with their files, and the merge to run; --heads 2 (or test.heads) accepts them", async () => {
    const side = revisionFile({ rev: "c0000003", down: "a0000001", message: "add orders", upgrade: "", downgrade: "" });
    const files = {
      "migrations/versions/a0000001_create_users.mjs": USERS,
      "migrations/versions/b0000002_add_nickname.mjs": GOOD_NICKNAME,
      "migrations/versions/c0000003_add_orders.mjs": side,
    };
    const p = project(files);
    try {
      assert.equal(
        failed(await p.runAsync(["test"])),
        'heads: 2 heads where 1 is expected (the default; set test.heads in the config for more): b0000002 "add nickname" (migrations/versions/b0000002_add_nickname.mjs) and c0000003 "add orders" (migrations/versions/c0000003_add_orders.mjs); two branches each added a revision: merge them with \'athanor merge heads -m "merge"\' and commit the merge revision',
      );
      // with two heads expected, the next check runs (and fails: c0000003 loses its downgrade here)
      p.write("migrations/versions/c0000003_add_orders.mjs", side.replace(/export async function downgrade\(op\) \{[\s\S]*$/, ""));
      assert.match(failed(await p.runAsync(["test", "--heads", "2"])), /^downgrades: revision c0000003 /);
      p.write("athanor.config.mjs", `export default { scriptLocation: "migrations", test: { heads: 2 } };\n`);
      assert.match(failed(await p.runAsync(["test"])), /^downgrades: revision c0000003 /);
      assert.match(failed(await p.runAsync(["test", "--heads", "3"])), /^heads: 2 heads \(b0000002, c0000003\) where 3 are expected \(--heads\)/);
      const bad = await p.runAsync(["test", "--heads", "0"]);
      assert.equal(bad.code, 2, bad.stderr);
      p.write("athanor.config.mjs", `export default { scriptLocation: "migrations", test: { heads: "two" } };\n`);
      const badConfig = await p.runAsync(["test"]);
      assert.equal(badConfig.code, 2, badConfig.stderr);
      assert.match(badConfig.stderr, /setting 'test' must be an object such as \{ heads: 1 \}/);
    } finally {
      p.cleanup();
    }
  });

  test("models that drifted from the revisions: the difference is named", async () => {
    const p = project(
      {
        "migrations/versions/a0000001_create_users.mjs": USERS,
        "migrations/versions/b0000002_add_nickname.mjs": GOOD_NICKNAME,
        "models.ts": MODELS.replace("nickname: { type: t.text() },", "nickname: { type: t.text() },\n    email: { type: t.text() },"),
      },
      MODELS_CONFIG,
    );
    try {
      const msg = failed(await p.runAsync(["test"]));
      assert.match(msg, /^models: the models differ from the schema the revisions build \(1 difference\): .*email/);
      assert.match(msg, /write a revision for them \('athanor revision --autogenerate -m "…"'\)$/);
    } finally {
      p.cleanup();
    }
  });

  test("no revisions yet: nothing to prove, exit 0", async () => {
    await withProject(async (p) => {
      p.write("athanor.config.mjs", CONFIG);
      p.write("migrations/versions/.gitkeep", "");
      const r = await p.runAsync(["test"]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^passed: heads, downgrades \(skipped: stairway, models\); 0 revisions in/);
    });
  });
});

describe("athanor test --url on the PostgreSQL server", { concurrency: true }, async () => {
  const opts = await requirePostgres();

  test("an empty database: the history is proved there and left at the heads", opts, async () => {
    const db = await createTestDatabase();
    const p = project({
      "migrations/versions/a0000001_create_users.mjs": USERS,
      "migrations/versions/b0000002_add_nickname.mjs": GOOD_NICKNAME,
    });
    try {
      const r = await p.runAsync(["test", "--url", db.url]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^passed: heads, downgrades, stairway \(skipped: models\); 2 revisions/);
      const rows = await db.query<{ v: string; nick: string | null }>(
        "SELECT (SELECT version_num FROM athanor_version) AS v, (SELECT column_name FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'nickname') AS nick",
      );
      assert.deepEqual(rows, [{ v: "b0000002", nick: "nickname" }]);
      // now it has tables: test refuses to touch it (exit 2), naming them
      const again = await p.runAsync(["test", "--url", db.url]);
      assert.equal(again.code, 2, again.stderr);
      assert.match(again.stderr, /^error: the database at .* is not empty \(tables: public\.athanor_version, public\.athanor_version_log, public\.users\); 'athanor test' runs every upgrade and downgrade/m);
    } finally {
      p.cleanup();
      await db.drop();
    }
  });

  test("a downgrade that leaves a column behind fails the same way on the server", opts, async () => {
    const db = await createTestDatabase();
    const p = project({
      "migrations/versions/a0000001_create_users.mjs": USERS,
      "migrations/versions/b0000002_add_nickname.mjs": nickname(""),
    });
    try {
      assert.equal(
        failed(await p.runAsync(["test", "--url", db.url])),
        "stairway: revision b0000002 (migrations/versions/b0000002_add_nickname.mjs), step downgrade: the schema after the downgrade differs from the schema before the upgrade (1 difference): left behind: column public.users.nickname",
      );
    } finally {
      p.cleanup();
      await db.drop();
    }
  });
});
