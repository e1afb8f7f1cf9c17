/**
 * "Drop everything and bring it back" through the built CLI, on a schema nobody here wrote: load the real DDL into
 * two fresh databases with the real client, then in a temp project whose models declare one placeholder table
 * (autogenerate refuses models with no tables at all, on purpose): `stamp base`, `revision --autogenerate -m
 * drop_all`, `upgrade head` (every table of the schema dropped), `downgrade -1` (every table made again), and the
 * schema must be what it was. The second database gets the same revision as scripts (`upgrade head --sql`,
 * `downgrade head:-1 --sql`) run by the client, with the same result.
 */
import assert from "node:assert/strict";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, TempProject } from "../../support/cli.js";

export interface RoundTripDatabases {
  /** The database the CLI runs the revision on. */
  readonly onlineUrl: string;
  /** The database the client runs the revision's scripts on. */
  readonly offlineUrl: string;
  /** Runs a script with the dialect's own client on the database at `url`; fails the test when the client does. */
  client(url: string, script: string): void;
  /** The schema, normalised only where the difference is cosmetic (each dialect says which). */
  snapshot(url: string): Promise<string>;
  /** The tables left, without Athanor's own. */
  tables(url: string): Promise<string[]>;
}

export interface RoundTripResult {
  /** The generated revision file. */
  readonly revision: string;
  /** What `revision --autogenerate` printed on stderr. */
  readonly stderr: string;
}

const PLACEHOLDER = `import { t, table } from "athanor";
// the placeholder: autogenerate refuses models with no tables (docs/autogenerate.md)
export const placeholder = table("rt_placeholder", { columns: { id: { type: t.integer(), primaryKey: true } } });
`;

/** `ddl` is loaded into both databases before; afterwards both must be back to the snapshot taken then. */
export async function dropAllRoundTrip(dbs: RoundTripDatabases, ddl: string): Promise<RoundTripResult> {
  dbs.client(dbs.onlineUrl, ddl);
  dbs.client(dbs.offlineUrl, ddl);
  const before = await dbs.snapshot(dbs.onlineUrl);
  assert.equal(await dbs.snapshot(dbs.offlineUrl), before, "the two databases start the same");
  const p = new TempProject("athanor-drop-all-");
  try {
    symlinkSync(join(REPO_ROOT, "node_modules"), join(p.dir, "node_modules"), "dir");
    p.write("models.ts", PLACEHOLDER);
    p.write("athanor.config.mjs", `export default { models: "./models.ts", scriptLocation: "./migrations" };\n`);
    const online = { env: { DATABASE_URL: dbs.onlineUrl } };
    const offline = { env: { DATABASE_URL: dbs.offlineUrl } };
    const ok = (r: { code: number; stdout: string; stderr: string }, what: string) => {
      assert.equal(r.code, 0, `${what}: ${r.stderr}${r.stdout}`);
      return r;
    };
    ok(p.run(["init"], online), "init");
    ok(p.run(["stamp", "base"], online), "stamp base");
    const rev = ok(p.run(["revision", "--autogenerate", "-m", "drop_all"], online), "revision --autogenerate");
    const file = p.ls("migrations/versions").find((f) => f.endsWith("_drop_all.ts"));
    assert.ok(file, rev.stderr);
    const revision = p.read(`migrations/versions/${file}`);

    ok(p.run(["upgrade", "head"], online), "upgrade head");
    assert.deepEqual(await dbs.tables(dbs.onlineUrl), ["rt_placeholder"], "upgrade dropped every table of the schema");
    ok(p.run(["downgrade", "-1"], online), "downgrade -1");
    assert.equal(await dbs.snapshot(dbs.onlineUrl), before, "upgrade then downgrade gives the schema back");

    ok(p.run(["stamp", "base"], offline), "stamp base (offline)");
    dbs.client(dbs.offlineUrl, ok(p.run(["upgrade", "head", "--sql"], offline), "upgrade head --sql").stdout);
    assert.deepEqual(await dbs.tables(dbs.offlineUrl), ["rt_placeholder"], "the upgrade script dropped every table of the schema");
    dbs.client(dbs.offlineUrl, ok(p.run(["downgrade", "head:-1", "--sql"], offline), "downgrade head:-1 --sql").stdout);
    assert.equal(await dbs.snapshot(dbs.offlineUrl), before, "the scripts give the schema back");
    return { revision, stderr: rev.stderr };
  } finally {
    p.cleanup();
  }
}
