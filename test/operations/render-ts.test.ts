import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { MigrationOps, RecordingExecutor } from "../../src/operations/migration-ops.js";
import type { Operation } from "../../src/operations/operation.js";
import { renderOperationsTs, renderOperationTs } from "../../src/operations/render-ts.js";
import { sql } from "../../src/schema/sql-expression.js";
import { importsFor } from "../../src/autogenerate/render/render.js";
import { pg } from "../../src/dialects/postgres/type-builders.js";
import { t } from "../../src/schema/types-builder.js";
import { SAMPLE_OPS } from "./fixtures.js";

/** Evaluates rendered code against a recording MigrationOps and returns the op it produced. */
async function evaluate(code: string): Promise<Operation> {
  const rec = new RecordingExecutor();
  const fn = new Function("op", "t", "pg", "sql", "Buffer", `return (async () => { await ${code}; })();`) as (
    ...args: unknown[]
  ) => Promise<void>;
  await fn(new MigrationOps(rec), t, pg, sql, Buffer);
  assert.equal(rec.ops.length, 1);
  return rec.ops[0] as Operation;
}

describe("renderOperationTs", () => {
  test("renders the documented form", () => {
    assert.equal(
      renderOperationTs({ kind: "addColumn", table: "users", column: { name: "email", type: t.varchar(255), nullable: false } }),
      'op.addColumn("users", { name: "email", type: t.varchar(255), nullable: false })',
    );
    assert.equal(
      renderOperationTs({ kind: "createIndex", name: "ix", table: "t", columns: ["a", sql("lower(b)")], unique: true }),
      'op.createIndex("ix", "t", ["a", sql("lower(b)")], { unique: true })',
    );
    assert.equal(renderOperationTs({ kind: "createPrimaryKey", table: "t", columns: ["id"] }), 'op.createPrimaryKey(null, "t", ["id"])');
    assert.equal(renderOperationTs({ kind: "execute", sql: "SELECT 1\nFROM t" }), "op.execute(`SELECT 1\nFROM t`)");
  });

  test("createTable is multi-line and honours the indent", () => {
    const out = renderOperationTs(
      { kind: "createTable", table: "t", columns: [{ name: "id", type: t.serial(), primaryKey: true }], comment: "c" },
      { indent: "  " },
    );
    assert.equal(out, 'op.createTable("t", {\n    columns: [\n      { name: "id", type: pg.serial(), primaryKey: true },\n    ],\n    comment: "c",\n  })');
    assert.equal(
      renderOperationsTs([{ kind: "dropTable", table: "a" }, { kind: "createSchema", name: "s" }]),
      '  await op.dropTable("a");\n  await op.createSchema("s");',
    );
  });

  SAMPLE_OPS.forEach((op, i) => {
    test(`round trip #${i + 1}: ${op.kind}`, async () => {
      const code = renderOperationTs(op);
      assert.deepEqual(await evaluate(code), op);
    });
  });

  test("PostgreSQL-only types are written in the pg namespace, and the revision imports pg", () => {
    const body = renderOperationsTs(SAMPLE_OPS);
    assert.match(body, /type: pg\.jsonb\(\)/);
    assert.match(body, /type: pg\.array\(t\.text\(\)\)/);
    assert.doesNotMatch(body, /t\.(jsonb|array|serial|inet|interval)\(/);
    assert.match(importsFor(body), /^import \{ [^}]*\bpg\b[^}]*\} from "athanor";$/);
  });

  test("drop ops leave out their `original` hint", async () => {
    const op: Operation = { kind: "dropColumn", table: "t", column: "c", original: { name: "c", type: t.text() } };
    assert.equal(renderOperationTs(op), 'op.dropColumn("t", "c")');
  });

  test("the rendered code type-checks against MigrationOps", () => {
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), "athanor-render-ts-"));
    try {
      const file = join(dir, "revision.ts");
      const body = renderOperationsTs(SAMPLE_OPS);
      writeFileSync(
        file,
        `import { sql } from ${JSON.stringify(join(root, "src/schema/sql-expression.js"))};\n` +
          `import { t } from ${JSON.stringify(join(root, "src/schema/types-builder.js"))};\n` +
          `import { pg } from ${JSON.stringify(join(root, "src/dialects/postgres/type-builders.js"))};\n` +
          `import type { MigrationOps } from ${JSON.stringify(join(root, "src/operations/migration-ops.js"))};\n` +
          `export async function upgrade(op: MigrationOps): Promise<void> {\n${body}\n}\n` +
          "void sql;\nvoid t;\nvoid pg;\n",
      );
      const program = ts.createProgram([file], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        types: ["node"],
        typeRoots: [join(root, "node_modules/@types")],
        skipLibCheck: true,
        exactOptionalPropertyTypes: false,
        noUncheckedIndexedAccess: true,
      });
      const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file);
      const text = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n");
      assert.equal(diagnostics.length, 0, `${text}\n\n${body}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
