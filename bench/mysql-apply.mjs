// MySQL/MariaDB runtime benchmarks on the local server (127.0.0.1:3306, user root; MYSQL_BENCH_URL overrides).
// Usage: node bench/mysql-apply.mjs [--quick] [apply] [noop]   (default: both)
//   apply: 1,000 revisions (a table with an index each) applied by Athanor (the autocommit step protocol: a log
//          row per revision committed before its DDL, each statement counted), against the same revisions'
//          SQL (`athanor upgrade head --sql`) run by the `mariadb` client in the same run.
//   noop:  `upgrade head` with 1,000 revisions applied, against a bare node script that connects with mysql2
//          and runs one SELECT.
// Env: BENCH_MYSQL_RUNS (apply runs, default 3), BENCH_NOOP_RUNS (11), BENCH_APPLY_COUNT (1000).
// --quick: 20 revisions, one run each, results to a scratch file.
// Every database is created and dropped by this script under a unique name.
// Fails (exit 1) when a command fails or leaves other than the expected tables; never on a time.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg as osLoadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { ATHANOR_BIN as bin, fail, fmt, machine, RESULTS, requireBuild, size, timeCommand, writeSection } from "./results.mjs";
import { generateRuntimeProject } from "./runtime.mjs";

const bare = new URL("./bare-mysql2.mjs", import.meta.url).pathname;
const replay = new URL("./replay-mysql2.mjs", import.meta.url).pathname;
const work = new URL("./.work/", import.meta.url).pathname;
const admin = new URL(process.env.MYSQL_BENCH_URL ?? "mysql://root@127.0.0.1:3306/");
const runs = size("BENCH_MYSQL_RUNS", 3, 1);
const noopRuns = size("BENCH_NOOP_RUNS", 11, 1);
const applyCount = size("BENCH_APPLY_COUNT", 1000, 20);
const args = process.argv.slice(2).filter((a) => a !== "--quick");
const parts = args.length ? args : ["apply", "noop"];

const client = spawnSync("mariadb", ["--version"]).status === 0 ? "mariadb" : "mysql";
const clientArgs = (db) => [
  "-h",
  admin.hostname,
  "-P",
  admin.port || "3306",
  "-u",
  decodeURIComponent(admin.username || "root"),
  ...(db ? [db] : []),
];
const clientEnv = () => ({ ...process.env, ...(admin.password ? { MYSQL_PWD: decodeURIComponent(admin.password) } : {}) });
function sql(statement, db) {
  const r = spawnSync(client, [...clientArgs(db), "-N", "-B", "-e", statement], { encoding: "utf8", env: clientEnv() });
  if (r.error) fail(`${client} not found (${r.error.message}): install the MariaDB client (apt-get install -y mariadb-client)`);
  if (r.status !== 0) throw new Error(`${client} -e ${statement}: ${r.stderr}`);
  return r.stdout.trim();
}
const url = (db) => {
  const u = new URL(admin);
  u.pathname = `/${db}`;
  return u.toString();
};
let dbSeq = 0;
const created = new Set();
function createDb() {
  const name = `athanor_bench_${process.pid}_${dbSeq++}`;
  sql(`CREATE DATABASE \`${name}\``);
  created.add(name);
  return name;
}
function dropDb(name) {
  sql(`DROP DATABASE IF EXISTS \`${name}\``);
  created.delete(name);
}
process.on("exit", () => {
  for (const name of created) spawnSync(client, [...clientArgs(), "-e", `DROP DATABASE IF EXISTS \`${name}\``], { env: clientEnv() });
});
function expectTables(db, count, what) {
  const n = Number(sql(`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${db}' AND table_name LIKE 't\\_%'`));
  if (n !== count) throw new Error(`${what}: ${n} tables t_… in ${db}, expected ${count}`);
}
const baseEnv = () => {
  const env = { ...process.env, NO_COLOR: "1" };
  delete env.DATABASE_URL;
  return env;
};
const loadavg = () => osLoadavg().map((x) => x.toFixed(1)).join(", ");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const met = (ok) => (ok ? "yes" : "**no**");

function project() {
  const dir = join(work, `mysql-apply-${applyCount}`);
  generateRuntimeProject(dir, applyCount);
  return dir;
}

// --- (a) apply 1,000 revisions ---------------------------------------------
function benchApply() {
  const dir = project();
  const warmTmp = mkdtempSync(join(tmpdir(), "athanor-bench-warm-"));
  const offline = spawnSync(process.execPath, [bin, "upgrade", "head", "--sql"], {
    cwd: dir,
    env: { ...baseEnv(), TMPDIR: warmTmp, DATABASE_URL: url("offline") },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (offline.status !== 0) throw new Error(`--sql failed: ${offline.stderr}`);
  const file = join(dir, "upgrade.sql");
  writeFileSync(file, offline.stdout);
  const cases = ["client", "node", "athanor"];
  const times = { client: [], node: [], athanor: [] };
  const cpus = { client: [], node: [], athanor: [] };
  const startLoad = loadavg();
  for (let r = 0; r < runs; r++) {
    for (const c of r % 2 === 0 ? cases : [...cases].reverse()) {
      const db = createDb();
      const t =
        c === "client"
          ? timeCommand("sh", ["-c", `exec ${client} "$@" < "${file}"`, "sh", ...clientArgs(db)], { env: clientEnv(), runs: 1, warmup: 0 })
          : c === "node"
            ? timeCommand(process.execPath, [replay, file], { env: { ...baseEnv(), DATABASE_URL: url(db) }, runs: 1, warmup: 0 })
            : timeCommand(process.execPath, [bin, "upgrade", "head", "-q"], { cwd: dir, env: { ...baseEnv(), TMPDIR: warmTmp, DATABASE_URL: url(db) }, runs: 1, warmup: 0 });
      expectTables(db, applyCount, `apply ${c}`);
      dropDb(db);
      times[c].push(t.median);
      cpus[c].push(t.cpu);
      console.log(`apply ${c}: ${fmt(t.median)} (client CPU ${fmt(t.cpu)})`);
    }
  }
  rmSync(warmTmp, { recursive: true, force: true });
  const paired = median(times.athanor.map((t, i) => t / times.client[i]));
  const ratioOfMedians = median(times.athanor) / median(times.client);
  const nodeToClient = median(times.node.map((t, i) => t / times.client[i]));
  const athanorToNode = median(times.athanor.map((t, i) => t / times.node[i]));
  writeSection(
    "mysql-apply",
    [
      `## MySQL/MariaDB: apply ${applyCount.toLocaleString("en")} revisions (issue 15)`,
      "",
      `Machine: ${machine()}; ${serverVersion()} on ${admin.hostname}. Median of ${runs} runs (cases alternated), whole process wall clock, a fresh database per run.`,
      `Each revision creates a table (integer primary key, integer column) and an index on that column. The \`${client}\` client runs the SQL Athanor prints with \`upgrade head --sql\` (per revision: START TRANSACTION, the two DDL statements, the version-table INSERT/UPDATE and a log INSERT, COMMIT). Athanor runs the autocommit step protocol: per revision a \`running\` log row and its id, each DDL statement followed by its count, then the version change and the \`finished\` mark in one transaction — about 9 round trips per revision where the client sends 6 statements.`,
      `Load average at the start: ${startLoad}, at the end: ${loadavg()}.`,
      "",
      `"Node replay" (bench/replay-mysql2.mjs) runs the client's script statement by statement over one mysql2 connection: the floor for any Node program sending that SQL. The last column compares Athanor with it (paired): what its protocol and code add in Node.`,
      "",
      "| command | median wall | runs (s) | client CPU | ratio to the client (of medians / paired) | ≤ 1.1× (paired) | ratio to the Node replay (paired) |",
      "|---|---|---|---|---|---|---|",
      `| ${client} < upgrade.sql | ${fmt(median(times.client))} | ${times.client.map((x) => x.toFixed(2)).join(", ")} | ${fmt(median(cpus.client))} | 1.00× (baseline) | – | – |`,
      `| Node replay: mysql2, the same statements | ${fmt(median(times.node))} | ${times.node.map((x) => x.toFixed(2)).join(", ")} | ${fmt(median(cpus.node))} | ${(median(times.node) / median(times.client)).toFixed(2)}× / ${nodeToClient.toFixed(2)}× | – | 1.00× |`,
      `| athanor upgrade head | ${fmt(median(times.athanor))} | ${times.athanor.map((x) => x.toFixed(2)).join(", ")} | ${fmt(median(cpus.athanor))} | ${ratioOfMedians.toFixed(2)}× / ${paired.toFixed(2)}× | ${met(paired <= 1.1)} | ${athanorToNode.toFixed(2)}× |`,
    ].join("\n"),
  );
}

// --- (b) no-op upgrade --------------------------------------------------------
function benchNoop() {
  const dir = project();
  const db = createDb();
  try {
    const env = { ...baseEnv(), DATABASE_URL: url(db) };
    const up = spawnSync(process.execPath, [bin, "upgrade", "head", "-q"], { cwd: dir, env, encoding: "utf8" });
    if (up.status !== 0) throw new Error(up.stderr);
    expectTables(db, applyCount, "noop: upgrade head");
    const base = timeCommand(process.execPath, [bare], { env, runs: noopRuns });
    const noop = timeCommand(process.execPath, [bin, "upgrade", "head"], { cwd: dir, env, runs: noopRuns });
    const head = applyCount.toString(16).padStart(12, "0");
    const shown = spawnSync(process.execPath, [bin, "current"], { cwd: dir, env, encoding: "utf8" });
    if (shown.status !== 0 || !shown.stdout.includes(head)) throw new Error(`athanor current: expected ${head}, got: ${shown.stdout}${shown.stderr}`);
    console.log(`noop bare: ${fmt(base.median)}; athanor upgrade head: ${fmt(noop.median)}`);
    const r = noop.median / base.median;
    writeSection(
      "mysql-noop",
      [
        `## MySQL/MariaDB: no-op \`upgrade head\` with ${applyCount.toLocaleString("en")} revisions applied (issue 15)`,
        "",
        `Machine: ${machine()}; ${serverVersion()}. Median of ${noopRuns} runs after one warm-up, whole process wall clock. Baseline: \`node bench/bare-mysql2.mjs\` (imports mysql2, connects, one SELECT, disconnects). Load average: ${loadavg()}.`,
        "",
        "| command | median wall | min wall | ratio (wall) | CPU | ratio (CPU) | max RSS | ≤ 1.25× |",
        "|---|---|---|---|---|---|---|---|",
        `| bare mysql2 script | ${fmt(base.median)} | ${fmt(base.min)} | 1.00× (baseline) | ${fmt(base.cpu)} | 1.00× | ${base.rssMb.toFixed(0)} MB | – |`,
        `| athanor upgrade head (nothing to do) | ${fmt(noop.median)} | ${fmt(noop.min)} | ${r.toFixed(2)}× | ${fmt(noop.cpu)} | ${(noop.cpu / base.cpu).toFixed(2)}× | ${noop.rssMb.toFixed(0)} MB | wall ${met(r <= 1.25)}, CPU ${met(noop.cpu / base.cpu <= 1.25)} |`,
      ].join("\n"),
    );
  } finally {
    dropDb(db);
  }
}

function serverVersion() {
  return sql("SELECT VERSION()");
}

requireBuild();
if (parts.includes("apply")) benchApply();
if (parts.includes("noop")) benchNoop();
console.log(`written to ${RESULTS}`);
