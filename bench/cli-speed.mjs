// Times `athanor heads` and `athanor history` on generated histories of 1,000
// and 10,000 revisions (linear, and branched with merges) against a bare
// `node -e ""` start measured in the same run. Writes bench/RESULTS.md.
// Targets: 1,000 files: history <= 0.15 s; 10,000 files: heads and history <= 0.5 s, < 150 MB.
import { loadavg as osLoadavg } from "node:os";
import { join } from "node:path";
import { generateHistory } from "./generate-history.mjs";
import { fmt, machine, timeCommand, writeSection } from "./results.mjs";

// ATHANOR_BIN: another build to measure (e.g. a checkout of an older commit), same method.
const bin = process.env.ATHANOR_BIN ?? new URL("../dist/cli/main.js", import.meta.url).pathname;
const work = new URL("./.work/", import.meta.url).pathname;
const env = { ...process.env, NO_COLOR: "1" };
delete env.DATABASE_URL;
const runs = Number(process.env.BENCH_RUNS ?? 7);

const loadavg = () => osLoadavg().map((x) => x.toFixed(1)).join(", ");
const startLoad = loadavg();
const baseline = timeCommand(process.execPath, ["-e", ""], { runs });
const rows = [];
for (const count of [1000, 10000]) {
  for (const shape of ["linear", "branched"]) {
    const dir = join(work, `hist-${count}-${shape}`);
    generateHistory(dir, count, shape);
    // Revision files are normally older than a few seconds; Athanor doesn't
    // cache metadata of files changed in the last 2 s, so let them age.
    await new Promise((r) => setTimeout(r, 2100));
    // the warm-up run fills the OS file cache and Athanor's metadata cache
    const base = timeCommand(process.execPath, ["-e", ""], { runs });
    for (const cmd of ["heads", "history"]) {
      const r = timeCommand(process.execPath, [bin, cmd], { cwd: dir, env, runs });
      rows.push({ count, shape, cmd, base, ...r });
      console.log(count, shape, cmd, fmt(r.median), `cpu ${fmt(r.cpu)}`, `${r.rssMb.toFixed(0)} MB`);
    }
  }
}

const target = (r) => (r.count === 1000 ? (r.cmd === "history" ? 0.15 : null) : 0.5);
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
console.log("written to bench/RESULTS.md");
