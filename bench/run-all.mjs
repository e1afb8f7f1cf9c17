// Runs every benchmark, one after the other (never two at once: see README).
//   node bench/run-all.mjs           full sizes; builds first (unless ATHANOR_BIN is set) and
//                                    rewrites bench/RESULTS.md section by section (~30 min)
//   node bench/run-all.mjs --quick   small sizes, one run each (under a minute): checks that every
//                                    bench still works; results go to bench/.work/RESULTS.quick.md.
//                                    `npm run bench:quick`, run by .ci/run after the tests.
// Stops at the first bench that fails, with its exit code; never fails on a time.
// Needs PostgreSQL on 127.0.0.1:5432 (PGHOST/PGPORT/PGUSER), psql, /usr/bin/time, and Alembic with
// psycopg2 for /usr/bin/python3; a missing one fails the run, it is not skipped.
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { QUICK, RESULTS } from "./results.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const quick = QUICK ? ["--quick"] : [];
const benches = [
  ["bench/cli-speed.mjs"],
  ["bench/runtime.mjs", "noop"],
  ["bench/runtime.mjs", "apply"],
  ["bench/runtime.mjs", "downgrade"],
  ["bench/autogenerate/compare-vs-alembic.mjs"],
  ["bench/mysql-apply.mjs"],
];

function run(cmd, args) {
  const t0 = Date.now();
  console.log(`\n== ${[cmd === process.execPath ? "node" : cmd, ...args].join(" ")}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`bench: ${args.join(" ")} failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`})`);
    process.exit(r.status || 1);
  }
  console.log(`== done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

const load = loadavg()[0];
if (!QUICK && load > 1.5) {
  console.warn(`bench: load average ${load.toFixed(1)}: other work shares the machine, wall-clock numbers will swing (each section records its load)`);
}
if (!QUICK && !process.env.ATHANOR_BIN) run("npm", ["run", "build"]);
for (const bench of benches) run(process.execPath, [...bench, ...quick]);
console.log(`\nall benchmarks ran; results in ${RESULTS}`);
