/**
 * A command whose work awaits a promise nothing can settle (a model file's
 * top-level await on something that never answers): when the event loop
 * empties, Node would exit quietly with code 0, so a CI `check` gate would
 * pass having compared nothing. The CLI exits 1 with one error line instead.
 * On SQLite: no server.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { TempProject } from "../support/cli.js";

const projects: TempProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

describe("a command left waiting forever", () => {
  test("check and revision --autogenerate exit 1 with one line, and write nothing", () => {
    const p = new TempProject();
    projects.push(p);
    p.write("athanor.config.mjs", `export default { scriptLocation: "migrations", url: "sqlite:./app.db", models: ["./models.ts"] };\n`);
    p.write("migrations/versions/.keep", "");
    p.write(
      "models.ts",
      `import { t, table } from "athanor";\nawait new Promise(() => {});\nexport const users = table("users", { columns: { id: { type: t.integer(), primaryKey: true } } });\n`,
    );
    for (const args of [["check"], ["revision", "--autogenerate", "-m", "users"]]) {
      const r = p.run(args);
      assert.equal(r.code, 1, `${args.join(" ")}: exit ${r.code}\n${r.stdout}\n${r.stderr}`);
      const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
      assert.equal(errors.length, 1, r.stderr);
      assert.match(errors[0] as string, /the command stopped before it finished: it was waiting on a promise that nothing can settle/);
    }
    assert.deepEqual(p.ls("migrations/versions"), [".keep"]);
  });
});
