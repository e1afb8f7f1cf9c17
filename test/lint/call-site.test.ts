/** Finding the line of an op call: from the stack, else by counting calls in the file's text. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { lineInStack, lineOfNthCall } from "../../src/lint/call-site.js";

const SOURCE = `export async function upgrade(op) {
  // op.dropColumn("a", "b") in a comment is not a call
  await op.dropColumn("users", "a");
  await op
    .dropColumn("users", "b");
}
export async function downgrade(op) {
  await op.dropColumn("users", "c");
}
`;

test("the n-th call of a method, skipping comments, from a starting offset", () => {
  assert.equal(lineOfNthCall(SOURCE, "dropColumn", 0), 3);
  assert.equal(lineOfNthCall(SOURCE, "dropColumn", 1), 5);
  assert.equal(lineOfNthCall(SOURCE, "dropColumn", 0, SOURCE.indexOf("function downgrade")), 8);
  assert.equal(lineOfNthCall(SOURCE, "dropColumn", 5), null);
});

test("the first frame of the stack in the revision file, by path or file: URL", () => {
  const path = "/srv/app/migrations/versions/a1_x.ts";
  const stack = [
    "Error",
    "    at Proxy.<anonymous> (file:///usr/lib/node_modules/athanor/dist/chunks/lint-X.js:1:200)",
    `    at upgrade (${pathToFileURL(path).href}:14:12)`,
    "    at async lintRevision (file:///usr/lib/node_modules/athanor/dist/chunks/lint-X.js:1:900)",
  ].join("\n");
  assert.equal(lineInStack(stack, path), 14);
  assert.equal(lineInStack(`Error\n    at ${path}:7:3`, path), 7);
  assert.equal(lineInStack(stack, "/other.ts"), null);
});
