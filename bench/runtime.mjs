// Runtime benchmarks on the local PostgreSQL (127.0.0.1:5432, user postgres).
// Usage: node bench/runtime.mjs [--quick] [apply] [noop] [downgrade]   (default: all three)
//   apply:     1,000 revisions (a table with an index each) applied by Athanor,
//              against the same SQL (`athanor upgrade head --sql`) run by psql in the
//              same run: per-run vs `psql -1 -f`, per-migration vs psql with one
//              transaction per revision (each also updating the version table).
//              Athanor runs "cold" (empty jiti cache) and "warm".
//   noop:      `upgrade head` and `current` with 1,000 revisions applied, against a
//              bare node script that connects with pg and runs one SELECT.
//   downgrade: `upgrade head` then `downgrade base` of 3,000 linear revisions.
// Env: BENCH_RUNS (apply runs, default 7), BENCH_NOOP_RUNS (default 11),
//      BENCH_APPLY_COUNT (1000), BENCH_DOWNGRADE_COUNT (3000), PGHOST/PGPORT/PGUSER.
// --quick: 20 revisions (downgrade: 30), one run each, results to a scratch file.
// Every database is created and dropped by this script under a unique name.
// Fails (exit 1) when a command fails or leaves other than the expected tables; never on a time.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg as osLoadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { ATHANOR_BIN as bin, fail, fmt, machine, QUICK, RESULTS, requireBuild, requirePostgres, size, timeCommand, writeSection } from "./results.mjs";

const barePg = new URL("./bare-pg.mjs", import.meta.url).pathname;
const work = new URL("./.work/", import.meta.url).pathname;
const host = process.env.PGHOST ?? "127.0.0.1";
const port = process.env.PGPORT ?? "5432";
const user = process.env.PGUSER ?? "postgres";
const runs = size("BENCH_RUNS", 7, 1);
const noopRuns = size("BENCH_NOOP_RUNS", 11, 1);
const applyCount = size("BENCH_APPLY_COUNT", 1000, 20);
const downCount = size("BENCH_DOWNGRADE_COUNT", 3000, 30);
const args = process.argv.slice(2).filter((a) => a !== "--quick");
const parts = args.length ? args : ["apply", "noop", "downgrade"];

const url = (db) => `postgresql://${user}@${host}:${port}/${db}`;
let dbSeq = 0;
const created = new Set();
function createDb() {
  const name = `athanor_bench_${process.pid}_${dbSeq++}`;
  psqlAdmin(`CREATE DATABASE "${name}"`);
  created.add(name);
  return name;
}
function dropDb(name) {
  psqlAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  created.delete(name);
}
/**
 * Before a timed run: flush what earlier runs left for the server to write
 * (dirty buffers, dropped databases' files), so that no run pays for the one
 * before it. Without this the same psql script took 1.3 s or 4 s depending on
 * what ran just before.
 */
function settle() {
  if (QUICK) return; // only the timings' quality depends on it
  psqlAdmin("CHECKPOINT");
  spawnSync("sync");
}
function psqlAdmin(sql, db = "postgres") {
  const r = spawnSync("psql", ["-X", "-q", "-At", "-h", host, "-p", port, "-U", user, "-d", db, "-v", "ON_ERROR_STOP=1", "-c", sql], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`psql -c ${sql}: ${r.stderr}`);
  return r.stdout.trim();
}
/** A run must leave exactly the tables its revisions create (a timed run that did nothing would look fast). */
function expectTables(db, count, what) {
  const n = Number(psqlAdmin("SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relname LIKE 't\\_%'", db));
  if (n !== count) throw new Error(`${what}: ${n} tables t_… in ${db}, expected ${count}`);
}
process.on("exit", () => {
  for (const name of created) spawnSync("psql", ["-X", "-q", "-h", host, "-p", port, "-U", user, "-d", "postgres", "-c", `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
});

/**
 * A project with `count` linear revisions, each creating a table with an index.
 * No toastable column: a TOAST table and its index would add two relations
 * (and two locks) per revision, and 1,000 revisions in one transaction
 * (per-run, psql -1) already take ~3,000 of the server's lock table
 * (max_locks_per_transaction 64 × max_connections 100 = 6,400 by default).
 */
export function generateRuntimeProject(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  const versions = join(dir, "migrations", "versions");
  mkdirSync(versions, { recursive: true });
  writeFileSync(
    join(dir, "athanor.config.ts"),
    `import { defineConfig } from "athanor";\nexport default defineConfig({ url: process.env.DATABASE_URL, scriptLocation: "migrations" });\n`,
  );
  const id = (i) => i.toString(16).padStart(12, "0");
  for (let i = 1; i <= count; i++) {
    const rev = id(i);
    const down = i === 1 ? "null" : JSON.stringify(id(i - 1));
    writeFileSync(
      join(versions, `${rev}_create_t_${i}.ts`),
      `/**
 * create t_${i}
 *
 * Revision ID: ${rev}
 * Revises: ${i === 1 ? "" : id(i - 1)}
 * Create Date: 2026-01-01 00:00:00.000000+00:00
 */
import { type MigrationOps, t } from "athanor";

export const revision = "${rev}";
export const downRevision: string | string[] | null = ${down};
export const branchLabels: string[] = [];
export const dependsOn: string[] = [];

export async function upgrade(op: MigrationOps): Promise<void> {
  await op.createTable("t_${i}", {
    columns: [
      { name: "id", type: t.integer(), primaryKey: true },
      { name: "v", type: t.integer() },
    ],
  });
  await op.createIndex("ix_t_${i}_v", "t_${i}", ["v"]);
}

export async function downgrade(op: MigrationOps): Promise<void> {
  await op.dropIndex("ix_t_${i}_v");
  await op.dropTable("t_${i}");
}
`,
    );
  }
}

const baseEnv = () => {
  const env = { ...process.env, NO_COLOR: "1" };
  delete env.DATABASE_URL;
  return env;
};

function athanor(dir, args, { db, tmp } = {}) {
  const env = baseEnv();
  if (db) env.DATABASE_URL = url(db);
  if (tmp) env.TMPDIR = tmp;
  return { cmd: process.execPath, args: [bin, ...args], opts: { cwd: dir, env } };
}

function run1(c) {
  return timeCommand(c.cmd, c.args, { ...c.opts, runs: 1, warmup: 0 });
}

function sqlFor(dir, mode) {
  const c = athanor(dir, ["upgrade", "head", "--sql", "--transaction-mode", mode], { db: "offline" });
  const r = spawnSync(c.cmd, c.args, { ...c.opts, encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`--sql failed: ${r.stderr}`);
  let sql = r.stdout;
  if (mode === "per-run") {
    // `psql -1` opens the one transaction itself.
    sql = sql.replace(/^BEGIN;\n/, "").replace(/\nCOMMIT;\n*$/, "\n");
    if (/^(BEGIN|COMMIT);$/m.test(sql)) throw new Error("per-run script has inner BEGIN/COMMIT");
  }
  const file = join(dir, `${mode}.sql`);
  writeFileSync(file, sql);
  return file;
}

const psqlFile = (file, db, single) => ({
  cmd: "psql",
  args: ["-X", "-q", "-h", host, "-p", port, "-U", user, "-d", db, "-v", "ON_ERROR_STOP=1", ...(single ? ["-1"] : []), "-f", file],
  opts: { env: baseEnv() },
});

const loadavg = () => osLoadavg().map((x) => x.toFixed(1)).join(", ");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const met = (ok) => (ok ? "yes" : "**no**");

// --- (a) apply 1,000 revisions ---------------------------------------------
function benchApply() {
  const dir = join(work, `runtime-apply-${applyCount}`);
  generateRuntimeProject(dir, applyCount);
  const files = { "per-run": sqlFor(dir, "per-run"), "per-migration": sqlFor(dir, "per-migration") };
  const warmTmp = mkdtempSync(join(tmpdir(), "athanor-bench-warm-"));
  // warm the jiti cache once (offline, no database needed)
  spawnSync(process.execPath, [bin, "upgrade", "head", "--sql"], { cwd: dir, env: { ...baseEnv(), TMPDIR: warmTmp, DATABASE_URL: url("x") } });
  const cases = [
    { key: "psql -1 -f", mode: "per-run", kind: "psql" },
    { key: "athanor per-run, warm", mode: "per-run", kind: "warm" },
    { key: "athanor per-run, cold", mode: "per-run", kind: "cold" },
    { key: "psql, one transaction per revision", mode: "per-migration", kind: "psql" },
    { key: "athanor per-migration, warm", mode: "per-migration", kind: "warm" },
    { key: "athanor per-migration, cold", mode: "per-migration", kind: "cold" },
  ];
  const times = new Map(cases.map((c) => [c.key, []]));
  const cpus = new Map(cases.map((c) => [c.key, []]));
  const rss = new Map(cases.map((c) => [c.key, 0]));
  const startLoad = loadavg();
  for (let r = 0; r < runs; r++) {
    // interleave the cases so that drift in machine load hits all of them alike
    const order = r % 2 === 0 ? cases : [...cases].reverse();
    for (const c of order) {
      const db = createDb();
      settle();
      let cmd;
      let coldTmp;
      if (c.kind === "psql") cmd = psqlFile(files[c.mode], db, c.mode === "per-run");
      else {
        coldTmp = c.kind === "cold" ? mkdtempSync(join(tmpdir(), "athanor-bench-cold-")) : undefined;
        cmd = athanor(dir, ["upgrade", "head", "--transaction-mode", c.mode, "-q"], { db, tmp: coldTmp ?? warmTmp });
      }
      const t = run1(cmd);
      if (coldTmp) rmSync(coldTmp, { recursive: true, force: true });
      expectTables(db, applyCount, `apply ${c.key}`);
      dropDb(db);
      times.get(c.key).push(t.median);
      cpus.get(c.key).push(t.cpu);
      rss.set(c.key, Math.max(rss.get(c.key), t.rssMb));
      console.log(`apply ${c.key}: ${fmt(t.median)} (client CPU ${fmt(t.cpu)})`);
    }
  }
  rmSync(warmTmp, { recursive: true, force: true });
  const m = (k) => median(times.get(k));
  // Paired ratios: each Athanor run against the psql run of the same mode in the same round (minutes apart at
  // most), so that drift in the server's speed over the whole bench cancels out.
  const baseKey = (mode) => (mode === "per-run" ? "psql -1 -f" : "psql, one transaction per revision");
  const paired = (c) => times.get(c.key).map((t, r) => t / times.get(baseKey(c.mode))[r]);
  const rows = cases.map((c) => {
    const base = m(baseKey(c.mode));
    const pr = median(paired(c));
    const r = pr;
    const ratios = c.kind === "psql" ? "1.00× (baseline)" : `${ratio(m(c.key), base)} / ${pr.toFixed(2)}×`;
    return `| ${c.mode} | ${c.key} | ${fmt(m(c.key))} | ${times.get(c.key).map((x) => x.toFixed(2)).join(", ")} | ${ratios} | ${fmt(median(cpus.get(c.key)))} | ${rss.get(c.key).toFixed(0)} MB | ${c.kind === "psql" ? "–" : met(r <= 1.1)} |`;
  });
  writeSection(
    "runtime-apply",
    [
      `## Runtime: apply ${applyCount.toLocaleString("en")} revisions on PostgreSQL (issue: runtime)`,
      "",
      `Machine: ${machine()}, ${cpuLine()}; PostgreSQL ${pgVersion()} on 127.0.0.1. Median of ${runs} runs (cases interleaved), whole process wall clock; a fresh database per run, after a CHECKPOINT and a sync. "Paired": each Athanor run divided by the psql run of the same mode in the same round, then the median; the server's speed drifts by ±20 % over a bench, and pairing cancels most of that.`,
      `Each revision creates a table (integer primary key, integer column) and an index on that column (\`op.createTable\` + \`op.createIndex\`): no TOAST table, so 1,000 of them fit in one transaction's share of the lock table. psql runs the SQL Athanor itself prints with \`upgrade head --sql\` for the same mode (the per-run script without its BEGIN/COMMIT, under \`psql -1\`; the per-migration script with BEGIN, DDL, version-table UPDATE, COMMIT per revision).`,
      `"cold" = empty transpile cache (fresh TMPDIR for jiti); "warm" = cache filled by an earlier run.`,
      `Client CPU = user+sys of the athanor (or psql) process itself, not the server's: what the tool adds. Load average (1, 5, 15 min) at the start: ${startLoad}, at the end: ${loadavg()}.`,
      "",
      "| mode | command | median wall | runs (s) | ratio to psql: of medians / median of paired runs | client CPU | max RSS | ≤ 1.1× (paired) |",
      "|---|---|---|---|---|---|---|---|",
      ...rows,
    ].join("\n"),
  );
}

// --- (b) no-op upgrade and current ------------------------------------------
function benchNoop() {
  const dir = join(work, `runtime-apply-${applyCount}`);
  generateRuntimeProject(dir, applyCount);
  const db = createDb();
  try {
    const up = spawnSync(process.execPath, [bin, "upgrade", "head", "-q"], { cwd: dir, env: { ...baseEnv(), DATABASE_URL: url(db) }, encoding: "utf8" });
    if (up.status !== 0) throw new Error(up.stderr);
    expectTables(db, applyCount, "noop: upgrade head");
    const env = { ...baseEnv(), DATABASE_URL: url(db) };
    const bare = timeCommand(process.execPath, [barePg], { env, runs: noopRuns });
    const noop = timeCommand(process.execPath, [bin, "upgrade", "head"], { cwd: dir, env, runs: noopRuns });
    const current = timeCommand(process.execPath, [bin, "current"], { cwd: dir, env, runs: noopRuns });
    // `current` must name the head (the last revision), not merely exit 0.
    const head = applyCount.toString(16).padStart(12, "0");
    const shown = spawnSync(process.execPath, [bin, "current"], { cwd: dir, env, encoding: "utf8" });
    if (shown.status !== 0 || !shown.stdout.includes(head)) throw new Error(`athanor current: expected ${head} (head), got: ${shown.stdout}${shown.stderr}`);
    const node = timeCommand(process.execPath, ["-e", ""], { runs: noopRuns });
    for (const [k, v] of Object.entries({ bare, noop, current, node })) console.log(`noop ${k}: ${fmt(v.median)}`);
    const row = (name, r) =>
      `| ${name} | ${fmt(r.median)} | ${fmt(r.min)} | ${ratio(r.median, bare.median)} | ${fmt(r.cpu)} | ${ratio(r.cpu, bare.cpu)} | ${r.rssMb.toFixed(0)} MB | wall ${met(r.median / bare.median <= 1.25)}, CPU ${met(r.cpu / bare.cpu <= 1.25)} |`;
    writeSection(
      "runtime-noop",
      [
        `## Runtime: no-op \`upgrade head\` and \`current\` with ${applyCount.toLocaleString("en")} revisions applied`,
        "",
        `Machine: ${machine()}, ${cpuLine()}; PostgreSQL on 127.0.0.1. Median of ${noopRuns} runs after one warm-up, whole process wall clock.`,
        `Baseline: \`node bench/bare-pg.mjs\` (imports pg, connects, runs one SELECT, disconnects). Bare \`node -e ""\`: ${fmt(node.median)} wall, ${fmt(node.cpu)} CPU. Load average (1, 5, 15 min): ${loadavg()}.`,
        "",
        "| command | median wall | min wall | ratio (wall) | CPU | ratio (CPU) | max RSS | ≤ 1.25× |",
        "|---|---|---|---|---|---|---|---|",
        `| bare pg script | ${fmt(bare.median)} | ${fmt(bare.min)} | 1.00× (baseline) | ${fmt(bare.cpu)} | 1.00× | ${bare.rssMb.toFixed(0)} MB | – |`,
        row("athanor upgrade head (nothing to do)", noop),
        row("athanor current", current),
      ].join("\n"),
    );
  } finally {
    dropDb(db);
  }
}

// --- (c) downgrade base vs upgrade head ---------------------------------------
function benchDowngrade() {
  const dir = join(work, `runtime-downgrade-${downCount}`);
  generateRuntimeProject(dir, downCount);
  const warmTmp = mkdtempSync(join(tmpdir(), "athanor-bench-warm-"));
  spawnSync(process.execPath, [bin, "upgrade", "head", "--sql"], { cwd: dir, env: { ...baseEnv(), TMPDIR: warmTmp, DATABASE_URL: url("x") } });
  const db = createDb();
  try {
    const up = run1(athanor(dir, ["upgrade", "head", "-q"], { db, tmp: warmTmp }));
    expectTables(db, downCount, "upgrade head");
    console.log(`upgrade ${downCount}: ${fmt(up.median)}`);
    const down = run1(athanor(dir, ["downgrade", "base", "-q"], { db, tmp: warmTmp }));
    expectTables(db, 0, "downgrade base");
    console.log(`downgrade ${downCount}: ${fmt(down.median)}`);
    const r = down.median / up.median;
    writeSection(
      "runtime-downgrade",
      [
        `## Runtime: \`downgrade base\` vs \`upgrade head\` of ${downCount.toLocaleString("en")} linear revisions`,
        "",
        `Machine: ${machine()}, ${cpuLine()}; PostgreSQL on 127.0.0.1. One run each (warm transpile cache), per-migration transactions, same database.`,
        "",
        "| command | wall | per revision | client CPU | max RSS |",
        "|---|---|---|---|---|",
        `| athanor upgrade head | ${fmt(up.median)} | ${((up.median / downCount) * 1000).toFixed(2)} ms | ${fmt(up.cpu)} | ${up.rssMb.toFixed(0)} MB |`,
        `| athanor downgrade base | ${fmt(down.median)} | ${((down.median / downCount) * 1000).toFixed(2)} ms | ${fmt(down.cpu)} | ${down.rssMb.toFixed(0)} MB |`,
        "",
        `downgrade / upgrade = ${r.toFixed(2)} (target: about 1, i.e. linear, not quadratic): ${r <= 1.3 ? "met" : "**not met**"}.`,
      ].join("\n"),
    );
  } finally {
    dropDb(db);
    rmSync(warmTmp, { recursive: true, force: true });
  }
}

function pgVersion() {
  const r = spawnSync("psql", ["-X", "-At", "-h", host, "-p", port, "-U", user, "-d", "postgres", "-c", "SHOW server_version"], { encoding: "utf8" });
  return r.stdout.trim().split(" ")[0];
}
function cpuLine() {
  const r = spawnSync("nproc", { encoding: "utf8" });
  return `${r.stdout.trim()} cores`;
}

// Only when run as a script (other benches import generateRuntimeProject).
if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const unknown = parts.filter((p) => !["apply", "noop", "downgrade"].includes(p));
  if (unknown.length) fail(`unknown part ${unknown.join(", ")}: use apply, noop, downgrade`);
  requireBuild();
  requirePostgres({ host, port, user });
  if (parts.includes("apply")) benchApply();
  if (parts.includes("noop")) benchNoop();
  if (parts.includes("downgrade")) benchDowngrade();
  console.log(`written to ${RESULTS}`);
}
