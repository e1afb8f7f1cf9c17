// Times `athanor heads` and `athanor history` on generated histories of 1,000
// and 10,000 revisions (linear, and branched with merges) against a bare
// `node -e ""` start measured in the same run. Writes bench/RESULTS.md.
// Targets: 1,000 files: history <= 0.15 s; 10,000 files: heads and history <= 0.5 s, < 150 MB.
// Usage: node bench/cli-speed.mjs [--quick]   (--quick: 120 revisions, one run, results to a scratch file)
// Fails (exit 1) when a command fails or `heads` does not print the generated head; never on a time.
import { spawnSync } from "node:child_process";
import { loadavg as osLoadavg } from "node:os";
import { join } from "node:path";
import { generateHistory } from "./generate-history.mjs";
import { ATHANOR_BIN as bin, fmt, machine, QUICK, RESULTS, requireBuild, size, timeCommand, writeSection } from "./results.mjs";

const work = new URL("./.work/", import.meta.url).pathname;
const env = { ...process.env, NO_COLOR: "1" };
delete env.DATABASE_URL;
const runs = size("BENCH_RUNS", 7, 1);
const counts = QUICK ? [120] : [1000, 10000];
requireBuild();

const loadavg = () => osLoadavg().map((x) => x.toFixed(1)).join(", ");
const startLoad = loadavg();
const baseline = timeCommand(process.execPath, ["-e", ""], { runs });
const rows = [];
for (const count of counts) {
  for (const shape of ["linear", "branched"]) {
    const dir = join(work, `hist-${count}-${shape}`);
    const head = generateHistory(dir, count, shape);
    // Revision files are normally older than a few seconds; Athanor doesn't
    // cache metadata of files changed in the last 2 s, so let them age.
    if (!QUICK) await new Promise((r) => setTimeout(r, 2100));
    // `heads` must name the generated head (a command that reads nothing would be fast too).
    const heads = spawnSync(process.execPath, [bin, "heads"], { cwd: dir, env, encoding: "utf8" });
    if (heads.status !== 0 || !heads.stdout.includes(head)) throw new Error(`athanor heads in ${dir}: expected ${head}, got: ${heads.stdout}${heads.stderr}`);
    // the warm-up run fills the OS file cache and Athanor's metadata cache
    const base = timeCommand(process.execPath, ["-e", ""], { runs });
    for (const cmd of ["heads", "history"]) {
      const r = timeCommand(process.execPath, [bin, cmd], { cwd: dir, env, runs });
      rows.push({ count, shape, cmd, base, ...r });
      console.log(count, shape, cmd, fmt(r.median), `cpu ${fmt(r.cpu)}`, `${r.rssMb.toFixed(0)} MB`);
    }
  }
}

const target = (r) => (r.count === 1000 ? (r.cmd === "history" ? 0.15 : null) : r.count === 10000 ? 0.5 : null);
const lines = [
  "## CLI speed: `heads` and `history` (issue 2)",
  "",
  `Machine: ${machine()}. Median of ${runs} runs after one warm-up, spawned as a user would; bare \`node -e ""\` measured again before each history, ratios against that.`,
  `Baseline \`node -e ""\`: ${fmt(baseline.median)} wall, ${fmt(baseline.cpu)} CPU (max RSS ${baseline.rssMb.toFixed(0)} MB). Load average (1, 5, 15 min) at the start: ${startLoad}, at the end: ${loadavg()}.`,
  "CPU = user+sys of the process (median): steadier than wall clock when other work shares the 2 cores. It includes V8's garbage-collector threads, so with 10,000 revisions it exceeds the wall time; \"met\" is judged on both.",
  "",
  "| revisions | shape | command | median wall | ratio to bare node (wall) | CPU | ratio to bare node (CPU) | max RSS | target | met |",
  "|---|---|---|---|---|---|---|---|---|---|",
  ...rows.map((r) => {
    const t = target(r);
    const mem = r.count < 10000 || r.rssMb < 150;
    const yes = (ok) => (ok ? "yes" : "**no**");
    const met = t === null ? "–" : `wall ${yes(r.median <= t && mem)}, CPU ${yes(r.cpu <= t && mem)}`;
    return `| ${r.count} | ${r.shape} | ${r.cmd} | ${fmt(r.median)} | ${(r.median / r.base.median).toFixed(2)}× | ${fmt(r.cpu)} | ${(r.cpu / r.base.cpu).toFixed(1)}× | ${r.rssMb.toFixed(0)} MB | ${t === null ? "–" : `≤ ${t} s${r.count === 10000 ? ", < 150 MB" : ""}`} | ${met} |`;
  }),
];
writeSection("cli-speed", lines.join("\n"));
console.log(`written to ${RESULTS}`);
