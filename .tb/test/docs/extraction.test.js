/**
 * The docs harness's readers: code blocks with their directives, and the
 * athanor command lines in a block.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { athanorInvocations, helpOptions } from "./athanor-invocations.js";
import { directive, directives, extractBlocks } from "./extract-examples.js";
test("blocks carry the directives written above them, indented blocks included", () => {
    const dir = mkdtempSync(join(tmpdir(), "athanor-md-"));
    try {
        writeFileSync(join(dir, "page.md"), [
            "Intro",
            "",
            "<!-- example: group a -->",
            "<!-- example: given const url = process.env.DATABASE_URL!;",
            "declare function f(): void; -->",
            "",
            "```ts",
            "f();",
            "```",
            "",
            "1. step",
            "",
            "   ```sh",
            "   athanor current",
            "   ```",
            "",
            "```",
            "output",
            "```",
        ].join("\n"));
        const [a, b, c] = extractBlocks(dir, "page.md");
        assert.equal(a?.lang, "ts");
        assert.equal(a?.line, 7);
        assert.equal(directive(a, "group"), "a");
        assert.deepEqual(directives(a, "given"), ["const url = process.env.DATABASE_URL!;\ndeclare function f(): void;"]);
        assert.equal(b?.code, "athanor current\n");
        assert.deepEqual(b?.directives, []);
        assert.equal(c?.lang, "");
        writeFileSync(join(dir, "bad.md"), "<!-- example: fragmnet -->\n```ts\nx\n```\n");
        assert.throws(() => extractBlocks(dir, "bad.md"), /bad.md:1: unknown example directive 'fragmnet'/);
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
test("athanor command lines: shell, transcripts, synopses and exec-form arrays; not prose in error messages", () => {
    const found = athanorInvocations([
        "$ athanor history -r-3: --verbose",
        '          command: ["npx", "--no-install", "athanor", "downgrade", "-1"]',
        "      - run: npx athanor upgrade head --wait     # every revision",
        "DATABASE_URL=postgresql://app@db/app npx athanor upgrade head --sql > up.sql",
        "athanor revision [-m MESSAGE] [--head REV] [--rev-id ID]…",
        "error: run 'athanor init' to create it",
    ].join("\n"));
    assert.deepEqual(found.map((f) => [f.command, ...f.options]), [["history", "-r", "--verbose"], ["downgrade"], ["upgrade", "--wait"], ["upgrade", "--sql"], ["revision", "-m", "--head", "--rev-id"]]);
    assert.deepEqual([...helpOptions("Options:\n  -r, --rev-range <range>  [start]:[end]\n  --json   print JSON\n  -h, --help  help\n")], ["-r", "--rev-range", "--json", "-h", "--help"]);
});
