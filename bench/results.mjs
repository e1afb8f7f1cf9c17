// Shared bench helpers: timing whole commands and writing a section of bench/RESULTS.md.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

// BENCH_RESULTS writes elsewhere (e.g. a "before" run to compare against).
export const RESULTS = process.env.BENCH_RESULTS ?? new URL("./RESULTS.md", import.meta.url).pathname;

/** Replaces (or appends) the section between <!-- name --> markers. */
export function writeSection(name, markdown) {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  let doc = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "# Benchmark results\n\nWritten by the scripts in `bench/`; every number is measured in the same run as its baseline, on the same machine.\n";
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  doc = i >= 0 && j > i ? doc.slice(0, i) + block + doc.slice(j + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(RESULTS, doc);
}

/** Runs a command `runs` times; returns median/min wall seconds and max RSS (MB). */
export function timeCommand(cmd, args, { cwd, env, runs = 7, warmup = 1 } = {}) {
  const walls = [];
  let rss = 0;
  for (let k = 0; k < warmup + runs; k++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], { cwd, env, encoding: "utf8" });
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
    const kb = Number(r.stderr.trim().split("\n").pop());
    if (k >= warmup) {
      walls.push(wall);
      rss = Math.max(rss, kb / 1024);
    }
  }
  walls.sort((a, b) => a - b);
  return { median: walls[Math.floor(walls.length / 2)], min: walls[0], rssMb: rss };
}

export const fmt = (s) => `${s.toFixed(3)} s`;
export const machine = () => {
  const os = spawnSync("uname", ["-srm"], { encoding: "utf8" }).stdout.trim();
  return `${os}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
};
