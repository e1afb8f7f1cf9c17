// SQLite runtime benchmarks (issue: SQLite), on database files in bench/.work/.
// Usage: node bench/sqlite-apply.mjs [--quick] [apply] [noop]   (default: both)
//   apply: 1,000 revisions (a table with an index each) applied by Athanor, against
//          the same SQL (`athanor upgrade head --sql`) run by the sqlite3 shell in the
//          same run, per-run and per-migration (one transaction, with its fsync, per
//          revision in both). Athanor runs with a warm transpile cache.
//   noop:  `upgrade head` with 1,000 revisions applied, against a bare node script
//          that opens the file with better-sqlite3 and runs one SELECT (bench/bare-sqlite.mjs).
// Env: BENCH_RUNS (apply runs, default 5), BENCH_NOOP_RUNS (default 11), BENCH_APPLY_COUNT (1000).
// --quick: 20 revisions, one run each, results to a scratch file.
// Fails (exit 1) when a command fails or leaves other than the expected tables; never on a time.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg as osLoadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { ATHANOR_BIN as bin, fail, fmt, machine, RESULTS, requireBuild, size, timeCommand, writeSection } from "./results.mjs";
import { generateRuntimeProject } from "./runtime.mjs";

const bareSqlite = new URL("./bare-sqlite.mjs", import.meta.url).pathname;
const replay = new URL("./replay-sqlite.mjs", import.meta.url).pathname;
const work = new URL("./.work/", import.meta.url).pathname;
const runs = size("BENCH_RUNS", 5, 1);
const noopRuns = size("BENCH_NOOP_RUNS", 11, 1);
const applyCount = size("BENCH_APPLY_COUNT", 1000, 20);
const args = process.argv.slice(2).filter((a) => a !== "--quick");
const parts = args.length ? args : ["apply", "noop"];

const loadavg = () => osLoadavg().map((x) => x.toFixed(1)).join(", ");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const met = (ok) => (ok ? "yes" : "**no**");

function requireShell() {
  const r = spawnSync("sqlite3", ["-version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) fail("the sqlite3 shell is missing: apt-get install -y sqlite3");
  return r.stdout.trim().split(" ")[0];
}

function libraryVersion() {
  const r = spawnSync(process.execPath, ["-e", 'const D = require("better-sqlite3"); console.log(new D(":memory:").prepare("select sqlite_version() v").get().v)'], {
    encoding: "utf8",
    cwd: new URL("..", import.meta.url).pathname,
  });
  if (r.status !== 0) fail(`better-sqlite3 can't be loaded: ${r.stderr.trim().split("\n")[0]}`);
  return r.stdout.trim();
}

let fileSeq = 0;
const files = new Set();
function newFile(dir) {
  const file = join(dir, `bench-${process.pid}-${fileSeq++}.db`);
  removeFile(file);
  files.add(file);
  return file;
}
function removeFile(file) {
  for (const s of ["", "-journal", "-wal", "-shm", "-athanor-lock"]) rmSync(`${file}${s}`, { force: true });
  files.delete(file);
}
process.on("exit", () => {
  for (const f of [...files]) removeFile(f);
});

/** A run must leave exactly the tables its revisions create (a timed run that did nothing would look fast). */
function expectTables(file, count, what) {
  const r = spawnSync("sqlite3", [file, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 't\\_%' ESCAPE '\\'"], { encoding: "utf8" });
  const n = Number(r.stdout.trim());
  if (r.status !== 0 || n !== count) throw new Error(`${what}: ${n} tables t_… in ${file}, expected ${count} ${r.stderr}`);
}

const baseEnv = (file, tmp) => {
  const env = { ...process.env, NO_COLOR: "1", DATABASE_URL: `sqlite:${file}` };
  if (tmp) env.TMPDIR = tmp;
  return env;
};

function sqlFor(dir, mode, tmp) {
  const r = spawnSync(process.execPath, [bin, "upgrade", "head", "--sql", "--transaction-mode", mode], {
    cwd: dir,
    env: baseEnv(join(dir, "offline.db"), tmp),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`--sql failed: ${r.stderr}`);
  const file = join(dir, `${mode}.sql`);
  writeFileSync(file, r.stdout);
  return file;
}

// --- apply 1,000 revisions ------------------------------------------------------
function benchApply(shell, library) {
  const dir = join(work, `sqlite-apply-${applyCount}`);
  generateRuntimeProject(dir, applyCount);
  const warmTmp = mkdtempSync(join(tmpdir(), "athanor-bench-warm-"));
  const scripts = { "per-run": sqlFor(dir, "per-run", warmTmp), "per-migration": sqlFor(dir, "per-migration", warmTmp) };
  const cases = [
    { key: "sqlite3 shell, per-run script", mode: "per-run", kind: "shell" },
    { key: "Node replay, per-run script", mode: "per-run", kind: "node" },
    { key: "athanor per-run", mode: "per-run", kind: "athanor" },
    { key: "sqlite3 shell, per-migration script", mode: "per-migration", kind: "shell" },
    { key: "Node replay, per-migration script", mode: "per-migration", kind: "node" },
    { key: "athanor per-migration", mode: "per-migration", kind: "athanor" },
  ];
  const times = new Map(cases.map((c) => [c.key, []]));
  const cpus = new Map(cases.map((c) => [c.key, []]));
  const startLoad = loadavg();
  for (let r = 0; r < runs; r++) {
    const order = r % 2 === 0 ? cases : [...cases].reverse();
    for (const c of order) {
      const file = newFile(dir);
      spawnSync("sync");
      const t =
        c.kind === "shell"
          ? timeCommand("sqlite3", ["-bail", file, `.read ${scripts[c.mode]}`], { runs: 1, warmup: 0 })
          : c.kind === "node"
            ? timeCommand(process.execPath, [replay, file, scripts[c.mode]], { runs: 1, warmup: 0 })
            : timeCommand(process.execPath, [bin, "upgrade", "head", "--transaction-mode", c.mode, "-q"], { cwd: dir, env: baseEnv(file, warmTmp), runs: 1, warmup: 0 });
      expectTables(file, applyCount, `apply ${c.key}`);
      removeFile(file);
      times.get(c.key).push(t.median);
      cpus.get(c.key).push(t.cpu);
      console.log(`apply ${c.key}: ${fmt(t.median)} (CPU ${fmt(t.cpu)})`);
    }
  }
  rmSync(warmTmp, { recursive: true, force: true });
  const baseKey = (mode) => `sqlite3 shell, ${mode} script`;
  const nodeKey = (mode) => `Node replay, ${mode} script`;
  const paired = (c, base) => median(times.get(c.key).map((t, r) => t / times.get(base)[r]));
  const rows = cases.map((c) => {
    const pr = paired(c, baseKey(c.mode));
    const ratios = c.kind === "shell" ? "1.00× (baseline)" : `${ratio(median(times.get(c.key)), median(times.get(baseKey(c.mode))))} / ${pr.toFixed(2)}×`;
    const toNode = c.kind === "athanor" ? `${paired(c, nodeKey(c.mode)).toFixed(2)}×` : c.kind === "node" ? "1.00×" : "–";
    return `| ${c.mode} | ${c.key} | ${fmt(median(times.get(c.key)))} | ${times.get(c.key).map((x) => x.toFixed(2)).join(", ")} | ${ratios} | ${fmt(median(cpus.get(c.key)))} | ${c.kind === "athanor" ? met(pr <= 1.1) : "–"} | ${toNode} |`;
  });
  writeSection(
    "sqlite-apply",
    [
      `## SQLite: apply ${applyCount.toLocaleString("en")} revisions (issue: SQLite)`,
      "",
      `Machine: ${machine()}; SQLite ${library} (better-sqlite3) for Athanor, sqlite3 shell ${shell}; database files on disk (bench/.work), default rollback journal. Median of ${runs} runs (cases interleaved), whole process wall clock, a new file per run. "Paired": each Athanor run divided by the shell's run of the same mode in the same round, then the median.`,
      "Each revision creates a table and an index (the PostgreSQL runtime bench's project). The shell runs the SQL Athanor itself prints with `upgrade head --sql` for the same mode (`sqlite3 -bail <file> .read <script>`): per-run one `BEGIN IMMEDIATE … COMMIT`, per-migration one per revision with its version-table change, as Athanor runs them. Athanor runs with a warm transpile cache.",
      `Load average (1, 5, 15 min) at the start: ${startLoad}, at the end: ${loadavg()}.`,
      "",
      '"Node replay" (bench/replay-sqlite.mjs) execs the same script through better-sqlite3, Athanor\'s driver: the floor for any Node program running that SQL (Node\'s start, the addon, its SQLite build and `fsync` where the shell\'s uses `fdatasync`). The last column compares Athanor with it (paired).',
      "",
      "| mode | command | median wall | runs (s) | ratio to the shell: of medians / median of paired runs | CPU | ≤ 1.1× (paired) | ratio to the Node replay (paired) |",
      "|---|---|---|---|---|---|---|---|",
      ...rows,
    ].join("\n"),
  );
}

// --- no-op upgrade head -----------------------------------------------------------
function benchNoop(library) {
  const dir = join(work, `sqlite-apply-${applyCount}`);
  generateRuntimeProject(dir, applyCount);
  const file = newFile(dir);
  try {
    const env = baseEnv(file);
    const up = spawnSync(process.execPath, [bin, "upgrade", "head", "-q"], { cwd: dir, env, encoding: "utf8" });
    if (up.status !== 0) throw new Error(up.stderr);
    expectTables(file, applyCount, "noop: upgrade head");
    const bare = timeCommand(process.execPath, [bareSqlite], { env, runs: noopRuns });
    const noop = timeCommand(process.execPath, [bin, "upgrade", "head"], { cwd: dir, env, runs: noopRuns });
    const current = timeCommand(process.execPath, [bin, "current"], { cwd: dir, env, runs: noopRuns });
    const head = applyCount.toString(16).padStart(12, "0");
    const shown = spawnSync(process.execPath, [bin, "current"], { cwd: dir, env, encoding: "utf8" });
    if (shown.status !== 0 || !shown.stdout.includes(head)) throw new Error(`athanor current: expected ${head} (head), got: ${shown.stdout}${shown.stderr}`);
    const node = timeCommand(process.execPath, ["-e", ""], { runs: noopRuns });
    for (const [k, v] of Object.entries({ bare, noop, current, node })) console.log(`noop ${k}: ${fmt(v.median)}`);
    const row = (name, r) =>
      `| ${name} | ${fmt(r.median)} | ${fmt(r.min)} | ${ratio(r.median, bare.median)} | ${fmt(r.cpu)} | ${ratio(r.cpu, bare.cpu)} | ${r.rssMb.toFixed(0)} MB | wall ${met(r.median / bare.median <= 1.25)}, CPU ${met(r.cpu / bare.cpu <= 1.25)} |`;
    writeSection(
      "sqlite-noop",
      [
        `## SQLite: no-op \`upgrade head\` and \`current\` with ${applyCount.toLocaleString("en")} revisions applied`,
        "",
        `Machine: ${machine()}; SQLite ${library}. Median of ${noopRuns} runs after one warm-up, whole process wall clock.`,
        `Baseline: \`node bench/bare-sqlite.mjs\` (imports better-sqlite3, opens the file, runs one SELECT, closes). Bare \`node -e ""\`: ${fmt(node.median)} wall, ${fmt(node.cpu)} CPU. Load average (1, 5, 15 min): ${loadavg()}.`,
        "",
        "| command | median wall | min wall | ratio (wall) | CPU | ratio (CPU) | max RSS | ≤ 1.25× |",
        "|---|---|---|---|---|---|---|---|",
        `| bare better-sqlite3 script | ${fmt(bare.median)} | ${fmt(bare.min)} | 1.00× (baseline) | ${fmt(bare.cpu)} | 1.00× | ${bare.rssMb.toFixed(0)} MB | – |`,
        row("athanor upgrade head (nothing to do)", noop),
        row("athanor current", current),
      ].join("\n"),
    );
  } finally {
    removeFile(file);
  }
}

const unknown = parts.filter((p) => !["apply", "noop"].includes(p));
if (unknown.length) fail(`unknown part ${unknown.join(", ")}: use apply, noop`);
requireBuild();
const shell = requireShell();
const library = libraryVersion();
mkdirSync(work, { recursive: true });
if (parts.includes("apply")) benchApply(shell, library);
if (parts.includes("noop")) benchNoop(library);
console.log(`written to ${RESULTS}`);
