/**
 * Unambiguous prefixes of long options, as argparse (and so Alembic) accepts
 * them: `--autogen` for `--autogenerate`, `--rev-i` for `--rev-id`. An
 * ambiguous prefix is bad usage naming the candidates. Unit tests of the
 * expansion against the real program, then the built binary.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { expandOptionPrefixes } from "../../src/cli/expand-option-prefixes.js";
import { buildProgram } from "../../src/cli/program.js";
import { UsageError } from "../../src/errors.js";
import { TempProject } from "../support/cli.js";
import { fails, ok } from "./helpers.js";
const program = buildProgram("0.0.0", async () => { });
const expand = (...argv) => expandOptionPrefixes(program, argv);
describe("expandOptionPrefixes", () => {
    test("a unique prefix of the command's long option is expanded", () => {
        assert.deepEqual(expand("revision", "--autogen", "-m", "x"), ["revision", "--autogenerate", "-m", "x"]);
        assert.deepEqual(expand("revision", "--rev-i", "abc"), ["revision", "--rev-id", "abc"]);
        assert.deepEqual(expand("revision", "--mess=hello"), ["revision", "--message=hello"]);
        assert.deepEqual(expand("history", "--indicate", "--verb"), ["history", "--indicate-current", "--verbose"]);
        assert.deepEqual(expand("upgrade", "--transaction", "per-run", "head"), ["upgrade", "--transaction-mode", "per-run", "head"]);
        // the common options of every command
        assert.deepEqual(expand("heads", "--conf", "x.ts", "--qui"), ["heads", "--config", "x.ts", "--quiet"]);
    });
    test("exact names, short options, arguments and everything after -- are left alone", () => {
        assert.deepEqual(expand("upgrade", "--sql", "head"), ["upgrade", "--sql", "head"]);
        assert.deepEqual(expand("downgrade", "-1"), ["downgrade", "-1"]);
        assert.deepEqual(expand("history", "-r", "-3:"), ["history", "-r", "-3:"]);
        assert.deepEqual(expand("downgrade", "--", "--autogen"), ["downgrade", "--", "--autogen"]);
        assert.deepEqual(expand("revision", "--"), ["revision", "--"]);
    });
    test("an option's value is not taken for an option, even when it starts with --", () => {
        assert.deepEqual(expand("revision", "-m", "--autogen"), ["revision", "-m", "--autogen"]);
        assert.deepEqual(expand("revision", "--mess", "--autogen"), ["revision", "--message", "--autogen"]);
        assert.deepEqual(expand("revision", "--message=--x", "--autogen"), ["revision", "--message=--x", "--autogenerate"]);
    });
    test("options before the command are expanded against the program's own", () => {
        assert.deepEqual(expand("--conf", "deploy.ts", "upgrade", "--sq"), ["--config", "deploy.ts", "upgrade", "--sql"]);
        assert.deepEqual(expand("-c", "heads", "upgrade", "--wai"), ["-c", "heads", "upgrade", "--wait"]);
        assert.deepEqual(expand("--vers"), ["--version"]);
    });
    test("a prefix of an option of another command is left for commander to refuse", () => {
        assert.deepEqual(expand("heads", "--autogen"), ["heads", "--autogen"]);
        assert.deepEqual(expand("nosuchcommand", "--autogen"), ["nosuchcommand", "--autogen"]);
    });
    test("an ambiguous prefix is bad usage listing the candidates", () => {
        assert.throws(() => expand("revision", "--re", "x"), (e) => e instanceof UsageError && e.message === "ambiguous option: --re could match --rename, --rev-id");
        assert.throws(() => expand("upgrade", "--t", "per-run"), /^UsageError: ambiguous option: --t could match --tag, --transaction-mode$/);
        assert.throws(() => expand("revision", "--de"), /ambiguous option: --de could match --debug, --depends-on$/);
    });
});
describe("option prefixes in the binary", () => {
    test("revision --rev-i and --mess work, an ambiguous prefix exits 2 naming the candidates", () => {
        const p = new TempProject();
        try {
            p.write("migrations/versions/.gitkeep", "");
            ok(p.run(["revision", "--mess", "first", "--rev-i", "abc123"]), "revision with prefixes");
            assert.deepEqual(p.ls("migrations/versions"), [".gitkeep", "abc123_first.ts"]);
            const message = fails(p.run(["revision", "--re", "x"]), 2);
            assert.equal(message, "ambiguous option: --re could match --rename, --rev-id");
            assert.deepEqual(p.ls("migrations/versions"), [".gitkeep", "abc123_first.ts"]);
            // the expansion is per command: heads has no --rev-id
            const unknown = p.run(["heads", "--rev-i", "x"]);
            assert.equal(unknown.code, 2);
            assert.match(unknown.stderr, /unknown option '--rev-i'/);
        }
        finally {
            p.cleanup();
        }
    });
});
