/**
 * What a quick command loads. Starting Node is most of what `current` or a
 * no-op `upgrade` costs, and a few of Node's own modules are dear: building
 * process.stdout/stderr for a pipe loads the whole streams implementation
 * (~4 ms of CPU), and so does an ES-module import of node:fs; node:crypto is
 * not in Node's start-up snapshot. Neither is needed to say "nothing to do",
 * so neither may creep back: checked on what the process loaded, never on a
 * time. The lines still reach the pipe, and a revision's console.log (which
 * builds the stream) keeps its order with Athanor's own lines.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { BIN, TempProject } from "../support/cli.js";

const project = new TempProject();
after(() => project.cleanup());

const PRELOAD = `process.on("exit", () => require("node:fs").writeFileSync(process.env.LOADED_OUT, process.moduleLoadList.join("\\n")));\n`;

function runLoaded(args: string[]): { stdout: string; stderr: string; status: number | null; loaded: string[] } {
  const preload = project.write("preload.cjs", PRELOAD);
  const out = join(project.dir, "loaded.txt");
  const r = spawnSync(process.execPath, ["-r", preload, BIN, ...args], {
    cwd: project.dir,
    env: { ...process.env, NO_COLOR: "1", DATABASE_URL: "sqlite:./app.db", LOADED_OUT: out },
    encoding: "utf8",
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, loaded: readFileSync(out, "utf8").split("\n") };
}

const REVISION = `export const revision = "aaaa00000001";
export const downRevision = null;
export async function upgrade(op) {
  console.log("from the revision");
  await op.execute("CREATE TABLE note (id INTEGER PRIMARY KEY)");
}
export async function downgrade(op) {
  await op.execute("DROP TABLE note");
}
`;

test("upgrade with a step: the revision's console.log and Athanor's lines keep their order on one pipe", () => {
  project.write("migrations/versions/aaaa00000001_note.ts", REVISION);
  const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" upgrade head 2>&1`], {
    cwd: project.dir,
    env: { ...process.env, NO_COLOR: "1", DATABASE_URL: "sqlite:./app.db" },
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, /^Connected to sqlite:.*\nfrom the revision\nRunning upgrade {2}-> aaaa00000001 \(\d+ ms\)\nDone: 1 step committed; the database is at aaaa00000001\n$/);
});

for (const args of [["current"], ["upgrade", "head"]]) {
  test(`athanor ${args.join(" ")} with nothing to do builds no stream and loads no crypto`, () => {
    const r = runLoaded(args);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^Connected to sqlite:/);
    assert.equal(args[0] === "current" ? r.stdout : r.stderr.split("\n")[1], args[0] === "current" ? "aaaa00000001 (head)\n" : "Nothing to do: the database is at aaaa00000001");
    for (const heavy of ["NativeModule net", "NativeModule internal/streams/readable", "NativeModule crypto"]) {
      assert.ok(!r.loaded.includes(heavy), `${heavy} was loaded`);
    }
  });
}
