/**
 * What every command shares: exit 2 for bad usage, --quiet, --json, colours
 * only where they belong, and a quiet stop when the reader closes the pipe.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { BIN, TempProject } from "../support/cli.js";
import { fails, GRAPHS, lines, ok, writeGraph } from "./helpers.js";
describe("bad usage exits 2", { concurrency: true }, () => {
    const project = new TempProject();
    before(() => writeGraph(project, GRAPHS.merged));
    after(() => project.cleanup());
    const cases = [
        [["heads", "--bogus"], /^unknown option '--bogus'/],
        [["history", "--rev-range"], /argument missing/],
        [["show"], /^missing required argument 'rev'/],
        [["show", "a", "b"], /^too many arguments for 'show'/],
        [["merge", "-m", "x"], /^missing required argument 'revisions'/],
        [["revision", "-m"], /^option '-m, --message <message>' argument missing/],
        [["nosuch"], /^unknown command 'nosuch'/],
        [["revision", "--sql", "-m", "x"], /^--sql is not supported by 'revision'; use 'upgrade --sql'/],
        [["revision", "-m", "x", "--rev-id", "a-b"], /^character\(s\) '-' not allowed in revision identifier 'a-b'/],
        [["revision", "-m", "x", "--rev-id", "heads"], /^'heads' is a reserved word/],
    ];
    for (const [args, message] of cases) {
        test(args.join(" "), async () => {
            const r = await project.runAsync(args);
            assert.equal(r.code, 2, `${r.stdout}${r.stderr}`);
            assert.match(r.stderr.replace(/^error: /, ""), message);
            assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
        });
    }
    test("no command at all: the help on stderr, exit 2", async () => {
        const r = await project.runAsync([]);
        assert.equal(r.code, 2);
        assert.equal(r.stdout, "");
        assert.match(r.stderr, /^Usage: athanor \[options\] \[command\]/);
    });
    test("--help and --version exit 0 on stdout", async () => {
        const help = await project.runAsync(["history", "--help"]);
        assert.equal(help.code, 0);
        assert.match(help.stdout, /^Usage: athanor history \[options\]/);
        assert.match(help.stdout, /-r, --rev-range <range>/);
        const version = await project.runAsync(["--version"]);
        assert.equal(version.code, 0);
        assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    });
    test("the common options also work before the command, as in `alembic -c FILE upgrade`", async () => {
        const other = new TempProject();
        try {
            other.write("deploy/athanor.config.json", JSON.stringify({ scriptLocation: "../db" }));
            other.write("db/versions/a.ts", 'export const revision = "aaaa00000001";\nexport const downRevision = null;\n');
            assert.equal(ok(await other.runAsync(["-c", "deploy/athanor.config.json", "heads"])), "aaaa00000001 (head)\n");
            assert.equal(ok(await other.runAsync(["heads", "--config", "deploy/athanor.config.json"])), "aaaa00000001 (head)\n");
            const json = JSON.parse(ok(await other.runAsync(["--json", "-c", "deploy/athanor.config.json", "heads"])));
            assert.equal(json[0]?.revision, "aaaa00000001");
            const r = await other.runAsync(["-q", "-c", "deploy/athanor.config.json", "revision", "-m", "b", "--rev-id", "bbbb00000001"]);
            assert.equal(ok(r), "");
            assert.equal(r.stderr, "", "--quiet before the command");
            // The command's own option wins over the one before it.
            assert.equal(fails(await other.runAsync(["-c", "deploy/athanor.config.json", "heads", "-c", "nope.json"])), "config file not found: nope.json");
        }
        finally {
            other.cleanup();
        }
    });
    test("-r=-3: (argparse's spelling) is read as -3:", async () => {
        const plain = ok(await project.runAsync(["history", "-r-1:"]));
        assert.equal(ok(await project.runAsync(["history", "-r=-1:"])), plain);
        assert.equal(ok(await project.runAsync(["history", "--rev-range=-1:"])), plain);
        assert.equal(ok(await project.runAsync(["history", "-r", "-1:"])), plain, "a separate value starting with '-' is the range");
        assert.equal(plain, "ffff66667777 (lib) -> 2222bbbb3333 (shop) (head), uses lib\neeee55556666 -> ffff66667777 (shop), after merge\n");
    });
});
describe("--quiet, --json and colours", () => {
    const project = new TempProject();
    before(() => project.write("migrations/versions/.gitkeep", ""));
    after(() => project.cleanup());
    test("info goes to stderr; --quiet silences it but never results or errors", () => {
        const loud = project.run(["revision", "-m", "one", "--rev-id", "aaaa00000001"]);
        assert.equal(ok(loud), "");
        assert.equal(loud.stderr, "Generating migrations/versions/aaaa00000001_one.ts ... done\n");
        const quiet = project.run(["revision", "-m", "two", "--rev-id", "bbbb00000001", "-q"]);
        assert.equal(ok(quiet), "");
        assert.equal(quiet.stderr, "");
        const result = project.run(["heads", "--quiet"]);
        assert.equal(ok(result), "bbbb00000001 (head)\n");
        assert.equal(fails(project.run(["show", "zzzz", "--quiet"])), "No such revision or branch 'zzzz'");
    });
    test("--json: revision, heads, history, branches and show", () => {
        const created = JSON.parse(ok(project.run(["revision", "-m", "three", "--rev-id", "cccc00000001", "--json", "-q"])));
        assert.deepEqual(created, { revision: "cccc00000001", path: "migrations/versions/cccc00000001_three.ts" });
        project.run(["revision", "-m", "side", "--rev-id", "dddd00000001", "--head", "bbbb00000001", "--splice", "--branch-label", "side", "-q"]);
        const heads = JSON.parse(ok(project.run(["heads", "--json"])));
        assert.deepEqual(heads.map((h) => [h.revision, h.isHead, h.branchLabels]), [
            ["cccc00000001", true, []],
            ["dddd00000001", true, ["side"]],
        ]);
        const first = heads[0];
        assert.deepEqual(Object.keys(first).sort(), [
            "branchLabels",
            "dependsOn",
            "downRevisions",
            "isBranchPoint",
            "isEffectiveHead",
            "isHead",
            "isMergePoint",
            "message",
            "path",
            "revision",
        ]);
        assert.equal(first.message, "three");
        assert.deepEqual(first.downRevisions, ["bbbb00000001"]);
        const history = JSON.parse(ok(project.run(["history", "--json"])));
        assert.deepEqual(history.map((h) => h.revision), ["cccc00000001", "dddd00000001", "bbbb00000001", "aaaa00000001"]);
        const ranged = JSON.parse(ok(project.run(["history", "-r", "bbbb:cccc", "--json"])));
        assert.deepEqual(ranged.map((h) => h.revision), ["cccc00000001", "bbbb00000001"]);
        const branches = JSON.parse(ok(project.run(["branches", "--json"])));
        assert.deepEqual(branches.map((b) => [b.revision, b.branchesInto]), [["bbbb00000001", ["cccc00000001", "dddd00000001"]]]);
        const shown = JSON.parse(ok(project.run(["show", "side@head", "--json"])));
        assert.equal(shown.length, 1);
        assert.equal(shown[0]?.revision, "dddd00000001");
        assert.match(shown[0]?.doc ?? "", /^side\n\nRevision ID: dddd00000001\nRevises: bbbb00000001\nCreate Date: /);
    });
    test("no colour escape codes when NO_COLOR is set or output is not a terminal", () => {
        // Not a TTY (pipes), NO_COLOR unset: plain.
        const piped = project.run(["show", "zzzz"], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } });
        assert.equal(piped.code, 1);
        assert.doesNotMatch(piped.stderr, /\x1b\[/);
        // NO_COLOR wins over FORCE_COLOR.
        const noColor = project.run(["show", "zzzz"], { env: { NO_COLOR: "1", FORCE_COLOR: "1" } });
        assert.doesNotMatch(noColor.stderr, /\x1b\[/);
        // The control: colours do exist and FORCE_COLOR turns them on.
        const forced = project.run(["show", "zzzz"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
        assert.match(forced.stderr, /\x1b\[31merror:/);
    });
    test("output piped into a reader that stops early: no EPIPE crash; relative ranges on a long line", async () => {
        const line = new TempProject();
        try {
            const id = (i) => `eeee${String(i).padStart(8, "0")}`;
            for (let i = 0; i < 60; i++) {
                line.write(`migrations/versions/${id(i)}.ts`, `export const revision = "${id(i)}";\nexport const downRevision = ${i === 0 ? "null" : `"${id(i - 1)}"`};\n`);
            }
            const env = { ...process.env, NO_COLOR: "1" };
            const child = spawn(process.execPath, [BIN, "history", "-v"], { cwd: line.dir, env, stdio: ["ignore", "pipe", "pipe"] });
            child.stdout.destroy();
            let stderr = "";
            child.stderr.on("data", (d) => {
                stderr += d.toString();
            });
            const code = await new Promise((resolve) => child.on("close", resolve));
            assert.equal(stderr, "");
            assert.equal(code, 0);
            // Read to the end, the listing is complete.
            assert.equal(lines(ok(line.run(["history"]))).length, 60);
            // -3: is the head and the three below it; relative ends are clamped when too long.
            assert.deepEqual(lines(ok(line.run(["history", "-r", "-3:"]))), [
                "eeee00000058 -> eeee00000059 (head), ",
                "eeee00000057 -> eeee00000058, ",
                "eeee00000056 -> eeee00000057, ",
                "eeee00000055 -> eeee00000056, ",
            ]);
            assert.equal(lines(ok(line.run(["history", "-r", "eeee00000057:+10"]))).length, 3);
            assert.equal(lines(ok(line.run(["history", "-r", "-100:"]))).length, 60);
            assert.equal(lines(ok(line.run(["history", "-r", "eeee00000010:eeee00000012"]))).length, 3);
        }
        finally {
            line.cleanup();
        }
    });
});
