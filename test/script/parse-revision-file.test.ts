import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { leadingDocComment, parseRevisionSource } from "../../src/script/parse-revision-file.js";

const header = `/**
 * add users table
 *
 * Revision ID: ae1027a6acf
 * Revises: 1975ea83b712
 * Create Date: 2026-11-21 14:05:09.000000+00:00
 */
import type { MigrationOps } from "athanor";
`;

describe("parseRevisionSource", () => {
  test("reads literals without running the file", () => {
    const p = parseRevisionSource(
      `${header}
export const revision = "ae1027a6acf";
export const downRevision: string | string[] | null = "1975ea83b712";
export const branchLabels: string[] = ["shop"];
export const dependsOn: string[] = ['55aa', "label"]; // trailing comment
export async function upgrade(op: MigrationOps) { throw new Error("must not run"); }
`,
      "v/ae.ts",
    );
    assert.equal(p.revision, "ae1027a6acf");
    assert.equal(p.downRevision, "1975ea83b712");
    assert.deepEqual(p.branchLabels, ["shop"]);
    assert.deepEqual(p.dependsOn, ["55aa", "label"]);
    assert.equal(p.message, "add users table");
    assert.match(p.doc, /Revision ID: ae1027a6acf/);
    assert.equal(p.transactional, true);
  });

  test("merge revisions, null roots, as const, multi-line arrays, transactional flag", () => {
    const p = parseRevisionSource(
      `export const revision = \`m1\` as const;
export const downRevision = [
  "a1", // first parent
  "b2",
] as const;
export const transactional = false;
`,
      "m.ts",
    );
    assert.deepEqual(p.downRevision, ["a1", "b2"]);
    assert.equal(p.transactional, false);
    assert.equal(p.message, "");
    const root = parseRevisionSource(`export const revision = "r";\nexport const downRevision = null;\n`, "r.ts");
    assert.equal(root.downRevision, null);
    assert.deepEqual(root.branchLabels, []);
  });

  test("a non-literal is an error naming file and line", () => {
    assert.throws(
      () => parseRevisionSource(`export const revision = "x";\n\nexport const downRevision = computeParent();\n`, "versions/x.ts"),
      (e: Error) => e.message.startsWith("versions/x.ts:3: 'downRevision' must be a literal"),
    );
    assert.throws(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the test input is a template literal
      () => parseRevisionSource("export const revision = `a${b}`;\nexport const downRevision = null;", "t.ts"),
      /t\.ts:1: 'revision' must be a literal/,
    );
  });

  test("missing revision or downRevision", () => {
    assert.throws(() => parseRevisionSource("export const downRevision = null;", "a.ts"), /a\.ts: could not determine the revision id/);
    assert.throws(() => parseRevisionSource(`export const revision = "x";`, "b.ts"), /b\.ts: missing `export const downRevision/);
  });

  test("doc comment gutters are removed; line comments before it are skipped", () => {
    assert.equal(leadingDocComment("// hi\n/**\n * one\n *\n * two\n */\ncode"), "one\n\ntwo");
    assert.equal(leadingDocComment("const x = 1; /** not leading */"), "");
  });

  test("a file saved with CRLF line ends: the message is the first paragraph, not the whole comment", () => {
    const source = ["/**", " * add accounts", " *", " * Revision ID: 367eee405a29", " * Revises: ", " */", 'export const revision = "367eee405a29";', "export const downRevision = null;", ""].join("\r\n");
    assert.equal(parseRevisionSource(source, "r.ts").message, "add accounts");
  });
});
