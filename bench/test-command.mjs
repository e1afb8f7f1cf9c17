// `athanor test` on PGlite: 100 linear revisions (each creates a table; its downgrade drops it) proved
// end to end: head count, downgrades present, the stairway (upgrade, downgrade, upgrade again per
// revision, with a whole-schema comparison after each downgrade). Baseline, measured in the same run
// on the same revisions: plain `upgrade head` followed by `downgrade base` on a PGlite directory
// (two processes, each running every revision once). The ratio says what the stairway and the
// schema snapshots cost over running the history once up and once down.
//   node bench/test-command.mjs [--quick]     (BENCH_TEST_REVISIONS, BENCH_TEST_RUNS)
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { generateHistory } from "./generate-history.mjs";
import { ATHANOR_BIN as bin, fmt, machine, QUICK, RESULTS, requireBuild, size, timeCommand, writeSection } from "./results.mjs";

requireBuild();
const revisions = size("BENCH_TEST_REVISIONS", 100, 10);
const runs = size("BENCH_TEST_RUNS", 3, 1);
const dir = new URL(`./.work/test-command-${revisions}/`, import.meta.url).pathname;
generateHistory(dir, revisions, "linear");
const env = { ...process.env, DATABASE_URL: "", NO_COLOR: "1" };
delete env.DATABASE_URL;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(", ");
const loadBefore = load();

const node = process.execPath;
const db = join(dir, ".athanor", "bench-db");
const baseline = { wall: [], cpu: [] };
const tested = { wall: [], cpu: [] };
for (let k = 0; k < runs; k++) {
  // interleaved, so both see the same load
  rmSync(db, { recursive: true, force: true });
  const up = timeCommand(node, [bin, "upgrade", "head", "-q", "--url", `pglite:${db}`], { cwd: dir, env, runs: 1, warmup: 0 });
  const down = timeCommand(node, [bin, "downgrade", "base", "-q", "--url", `pglite:${db}`], { cwd: dir, env, runs: 1, warmup: 0 });
  baseline.wall.push(up.median + down.median);
  baseline.cpu.push(up.cpu + down.cpu);
  const t = timeCommand(node, [bin, "test", "-q"], { cwd: dir, env, runs: 1, warmup: 0 });
  tested.wall.push(t.median);
  tested.cpu.push(t.cpu);
}
rmSync(db, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name, m) => `| ${name} | ${fmt(median(m.wall))} | ${fmt(median(m.cpu))} |`;
const ratioWall = median(tested.wall) / median(baseline.wall);
const ratioCpu = median(tested.cpu) / median(baseline.cpu);

const md = `## \`athanor test\`: ${revisions} revisions on PGlite (issue 17)

${machine()}; median of ${runs} run${runs === 1 ? "" : "s"}, interleaved; load average (1, 5, 15 min) ${loadBefore} before, ${load()} after.
Each revision creates a table (its downgrade drops it). \`athanor test\` runs, in one process on one PGlite session:
the head count, the downgrade check (every module imported), then per revision upgrade, downgrade, upgrade again,
with a whole-schema snapshot (the dialect's introspector) before the upgrade and after the downgrade.

| command | wall | CPU (user+sys) |
|---|---|---|
${row(`baseline: \`upgrade head\` + \`downgrade base\` (two processes, PGlite directory)`, baseline)}
${row("`athanor test` (PGlite in memory)", tested)}

Ratio test / baseline: **${ratioWall.toFixed(2)}×** wall, **${ratioCpu.toFixed(2)}×** CPU.
The stairway runs each revision three times (the baseline twice) and reads the schema twice per revision; the baseline starts PGlite twice.
${loadavg()[0] > 2 ? `The machine was busy (load above): wall time is mostly waiting for a core. CPU time is the work the command itself did: ${fmt(median(tested.cpu))} for \`athanor test\`, which is about its wall time on an idle core.\n` : ""}`;
writeSection("test-command", md);
console.log(md);
console.log(`written to ${RESULTS}`);
if (!QUICK && median(tested.wall) > 60) console.warn(`bench: athanor test took ${fmt(median(tested.wall))} for ${revisions} revisions (target: under a minute)`);
