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

/** Runs a command `runs` times; returns median/min wall seconds, median CPU seconds (user+sys) and max RSS (MB). */
export function timeCommand(cmd, args, { cwd, env, runs = 7, warmup = 1 } = {}) {
  const walls = [];
  const cpus = [];
  let rss = 0;
  for (let k = 0; k < warmup + runs; k++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync("/usr/bin/time", ["-f", "%M %U %S", cmd, ...args], { cwd, env, encoding: "utf8", maxBuffer: 1 << 30 });
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
