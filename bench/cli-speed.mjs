// Times `athanor heads` and `athanor history` on generated histories of 1,000
// and 10,000 revisions (linear, and branched with merges) against a bare
// `node -e ""` start measured in the same run. Writes bench/RESULTS.md.
// Targets: 1,000 files: history <= 0.15 s; 10,000 files: heads and history <= 0.5 s, < 150 MB.
import { join } from "node:path";
import { generateHistory } from "./generate-history.mjs";
import { fmt, machine, timeCommand, writeSection } from "./results.mjs";

const bin = new URL("../dist/cli/main.js", import.meta.url).pathname;
const work = new URL("./.work/", import.meta.url).pathname;
const env = { ...process.env, NO_COLOR: "1" };
delete env.DATABASE_URL;
const runs = Number(process.env.BENCH_RUNS ?? 7);

const baseline = timeCommand(process.execPath, ["-e", ""], { runs });
const rows = [];
for (const count of [1000, 10000]) {
  for (const shape of ["linear", "branched"]) {
    const dir = join(work, `hist-${count}-${shape}`);
    generateHistory(dir, count, shape);
    // first run warms jiti's transpile cache for the config
    for (const cmd of ["heads", "history"]) {
      const r = timeCommand(process.execPath, [bin, cmd], { cwd: dir, env, runs });
      rows.push({ count, shape, cmd, ...r });
      console.log(count, shape, cmd, fmt(r.median), `${r.rssMb.toFixed(0)} MB`);
    }
  }
}

const target = (r) => (r.count === 1000 ? (r.cmd === "history" ? 0.15 : null) : 0.5);
const lines = [
  "## CLI speed: `heads` and `history` (issue 2)",
  "",
  `Machine: ${machine()}. Median of ${runs} runs after one warm-up, wall clock, spawned as a user would.`,
  `Baseline \`node -e ""\`: ${fmt(baseline.median)} (max RSS ${baseline.rssMb.toFixed(0)} MB).`,
  "",
  "| revisions | shape | command | median | ratio to bare node | max RSS | target | met |",
  "|---|---|---|---|---|---|---|---|",
  ...rows.map((r) => {
    const t = target(r);
    const met = t === null ? "–" : r.median <= t && (r.count < 10000 || r.rssMb < 150) ? "yes" : "**no**";
    return `| ${r.count} | ${r.shape} | ${r.cmd} | ${fmt(r.median)} | ${(r.median / baseline.median).toFixed(2)}× | ${r.rssMb.toFixed(0)} MB | ${t === null ? "–" : `≤ ${t} s${r.count === 10000 ? ", < 150 MB" : ""}`} | ${met} |`;
  }),
];
writeSection("cli-speed", lines.join("\n"));
console.log("written to bench/RESULTS.md");
