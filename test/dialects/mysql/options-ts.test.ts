/** MySQL options survive what operations go through: rendering back to TypeScript (autogenerate) and reversing. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Operation } from "../../../src/operations/operation.js";
import { renderOperationTs } from "../../../src/operations/render-ts.js";
import { reverseOrThrow } from "../../../src/operations/reverse.js";
import { t } from "../../../src/schema/types-builder.js";

describe("mysql options on operations", () => {
  test("rendered back to TypeScript", () => {
    const table: Operation = {
      kind: "createTable",
      table: "a",
      columns: [{ name: "at", type: t.timestamp(3), mysql: { onUpdateCurrentTimestamp: true, collation: undefined } }],
      indexes: [{ name: "ix", columns: ["at"], mysql: { prefixLengths: { at: 3 }, indexType: "fulltext" } }],
      mysql: { engine: "InnoDB", charset: "utf8mb4" },
    };
    const ts = renderOperationTs(table);
    assert.match(ts, /mysql: \{ onUpdateCurrentTimestamp: true \}/);
    assert.match(ts, /mysql: \{ prefixLengths: \{ at: 3 \}, indexType: "fulltext" \}/);
    assert.match(ts, /mysql: \{ engine: "InnoDB", charset: "utf8mb4" \}/);
    const alter: Operation = { kind: "alterColumn", table: "a", column: "id", nullable: false, existingType: t.integer(), mysql: { autoIncrement: true, algorithm: "inplace" } };
    assert.equal(
      renderOperationTs(alter),
      'op.alterColumn("a", "id", { nullable: false, existingType: t.integer(), mysql: { autoIncrement: true, algorithm: "inplace" } })',
    );
    assert.match(renderOperationTs({ kind: "addColumn", table: "a", column: { name: "c", type: t.integer() }, mysql: { lock: "none" } }), /\{ mysql: \{ lock: "none" \} \}\)$/);
  });

  test("kept by the inverse", () => {
    const alter: Operation = { kind: "alterColumn", table: "a", column: "id", nullable: false, existingNullable: true, existingType: t.integer(), mysql: { autoIncrement: true } };
    assert.deepEqual((reverseOrThrow(alter) as { mysql?: unknown }).mysql, { autoIncrement: true });
    const add: Operation = { kind: "addColumn", table: "a", column: { name: "c", type: t.integer() }, mysql: { algorithm: "instant" } };
    const drop = reverseOrThrow(add);
    assert.deepEqual((drop as { mysql?: unknown }).mysql, { algorithm: "instant" });
    assert.deepEqual(reverseOrThrow(drop), add);
  });
});
