// Shared bench helpers: quick mode, preflight checks, timing whole commands and
// writing a section of bench/RESULTS.md.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * `--quick` (or BENCH_QUICK=1): small sizes, one run, no warm-up; seconds, not
 * minutes. It checks that every bench still runs end to end (CI runs it) and
 * writes its tables to a scratch file, never to RESULTS.md. Its numbers mean
 * nothing: nothing anywhere asserts a time.
 */
export const QUICK = process.argv.includes("--quick") || process.env.BENCH_QUICK === "1";
/** The full-size value, or the quick one in quick mode; an environment knob overrides both. */
export const size = (envName, full, quick) => Number(process.env[envName] ?? (QUICK ? quick : full));

// BENCH_RESULTS writes elsewhere (e.g. a "before" run to compare against).
export const RESULTS =
  process.env.BENCH_RESULTS ?? new URL(QUICK ? "./.work/RESULTS.quick.md" : "./RESULTS.md", import.meta.url).pathname;

/** The CLI to measure: dist/cli/bin.cjs of this checkout, or ATHANOR_BIN (e.g. an older commit built elsewhere). */
export const ATHANOR_BIN = process.env.ATHANOR_BIN ?? new URL("../dist/cli/bin.cjs", import.meta.url).pathname;

/** Stops the bench with one line on stderr and exit code 1. */
export function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

/** The built CLI must exist: a bench never measures a stale or missing build silently. */
export function requireBuild() {
  if (!existsSync(ATHANOR_BIN)) fail(`no built CLI at ${ATHANOR_BIN}: run \`npm run build\` first (or set ATHANOR_BIN)`);
}

/** PostgreSQL must answer (through psql, which the runtime benches also need). Never skipped, in CI or not. */
export function requirePostgres({ host, port, user }) {
  const r = spawnSync("psql", ["-X", "-At", "-h", host, "-p", port, "-U", user, "-d", "postgres", "-c", "SELECT 1"], { encoding: "utf8" });
  if (r.error) fail(`psql not found (${r.error.message}): install the PostgreSQL client (apt-get install -y postgresql-client)`);
  if (r.status !== 0) fail(`PostgreSQL at ${host}:${port} (user ${user}) does not answer: ${r.stderr.trim().split("\n")[0]}`);
}

/** Replaces (or appends) the section between <!-- name --> markers. */
export function writeSection(name, markdown) {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  let doc = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "# Benchmark results\n\nWritten by the scripts in `bench/`; every number is measured in the same run as its baseline, on the same machine.\n";
  const note = QUICK ? "_Quick run (`--quick`): reduced sizes, one run; it checks that the bench works, its times mean nothing._\n\n" : "";
  const block = `${start}\n${note}${markdown.trim()}\n${end}`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  doc = i >= 0 && j > i ? doc.slice(0, i) + block + doc.slice(j + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, doc);
}

/** Runs a command `runs` times; returns median/min wall seconds, median CPU seconds (user+sys) and max RSS (MB). */
export function timeCommand(cmd, args, { cwd, env, runs = 7, warmup = QUICK ? 0 : 1 } = {}) {
  const walls = [];
  const cpus = [];
  let rss = 0;
  for (let k = 0; k < warmup + runs; k++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync("/usr/bin/time", ["-f", "%M %U %S", cmd, ...args], { cwd, env, encoding: "utf8", maxBuffer: 1 << 30 });
    if (r.error) throw new Error(`/usr/bin/time: ${r.error.message} (apt-get install -y time)`);
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
    const [kb, user, sys] = r.stderr.trim().split("\n").pop().split(" ").map(Number);
    if (k >= warmup) {
      walls.push(wall);
      cpus.push(user + sys);
      rss = Math.max(rss, kb / 1024);
    }
  }
  walls.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  // cpu: user+sys seconds of the command itself (not of a server it talks to);
  // steadier than wall clock on a busy machine.
  return { median: walls[Math.floor(walls.length / 2)], min: walls[0], rssMb: rss, cpu: cpus[Math.floor(cpus.length / 2)] };
}

export const fmt = (s) => `${s.toFixed(3)} s`;
export const machine = () => {
  const os = spawnSync("uname", ["-srm"], { encoding: "utf8" }).stdout.trim();
  return `${os}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
};
