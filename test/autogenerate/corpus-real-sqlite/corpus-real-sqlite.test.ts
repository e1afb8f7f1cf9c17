/**
 * The SQLite real-schema corpus: Drizzle `sqliteTable` schemas modelled on open-source projects (schemas/,
 * each with its provenance), each built two ways on SQLite files and compared:
 *   (a) drizzle-kit's own SQL (`drizzle-kit generate`, dialect "sqlite", offline) applied to a fresh file:
 *       Athanor's compare of that file against the models finds nothing, and warns only about what the case
 *       expects;
 *   (b) a second fresh file built by Athanor from the models through the CLI, as a user runs it
 *       (`revision --autogenerate`, `upgrade head`, DATABASE_URL=sqlite:<file>): its schema (see
 *       harness.ts sqliteSchema) equals (a)'s, and `check` exits 0;
 *   (c) on some schemas, realistic edits with rows in the tables (children under cascading foreign keys
 *       among them): autogenerate + upgrade keeps every row (read back over a second connection), gives the
 *       schema of a drizzle-kit build of the edited schema, `check` is clean, and `downgrade -1` gives (b)'s
 *       schema back with the rows still there.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import Database from "better-sqlite3";
import { compare } from "../../../src/autogenerate/index.js";
import { dialectForUrl } from "../../../src/dialects/registry.js";
import { CorpusProject, editSource } from "../corpus-real/harness.js";
import { describe as describeOps } from "../helpers.js";
import {
  assertSameSqliteSchema,
  drizzleKitSqliteStatements,
  runSqliteStatements,
  type SqliteSchema,
  sqliteSchema,
  sqliteSchemaSource,
} from "./harness.js";
import * as authjs from "./schemas/authjs.js";
import * as karakeep from "./schemas/karakeep.js";
import * as saasD1 from "./schemas/saas-d1.js";
import * as t3BetterAuth from "./schemas/t3-better-auth.js";
import * as t3NextAuth from "./schemas/t3-next-auth.js";

interface Edit {
  readonly from: string;
  readonly to: string;
}

interface CorpusCase {
  /** File name under schemas/, without .ts. */
  readonly name: string;
  readonly models: Record<string, unknown>;
  /** Warnings compare may give on (a), each with the feature it is about. */
  readonly expectedWarnings?: readonly RegExp[];
  /**
   * What is known to differ between drizzle-kit's file and Athanor's, each with its reason (applied to
   * drizzle-kit's schema before comparing).
   */
  readonly knownBuildDifference?: (kit: SqliteSchema) => SqliteSchema;
  /** (c) */
  readonly edits?: {
    readonly edits: readonly Edit[];
    /** Rows inserted after (b), before the edits (one string of statements). */
    readonly seed: string;
    /** Queries whose results must be the same before the edits, after them and after the downgrade. */
    readonly keep: readonly string[];
    readonly expectInRevision: readonly RegExp[];
  };
}

const CASES: readonly CorpusCase[] = [
  { name: "authjs", models: authjs },
  { name: "t3-better-auth", models: t3BetterAuth },
  { name: "saas-d1", models: saasD1 },
  { name: "karakeep", models: karakeep },
];

/** Compares the models with a database in-process; returns the differences and warnings as text. */
async function compareWith(url: string, models: unknown): Promise<{ ops: string; count: number; warnings: string[] }> {
  const conn = await dialectForUrl(url).driver.connect({ url });
  try {
    const r = await compare(models, conn);
    return { ops: describeOps(r.operations), count: r.operations.length, warnings: [...r.warnings] };
  } finally {
    await conn.close();
  }
}

/** Runs read-only queries over a connection of their own (not Athanor's), returning their rows as JSON. */
function readBack(file: string, queries: readonly string[]): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return queries.map((q) => JSON.stringify(db.prepare(q).all()));
  } finally {
    db.close();
  }
}

/** drizzle-kit's SQL for every schema and edited schema, started at once, two generators at a time. */
function startDrizzleKit(): Map<string, Promise<string[]>> {
  const limit = 2;
  let running = 0;
  const queue: Array<() => void> = [];
  const limited = async (source: string): Promise<string[]> => {
    if (running >= limit) await new Promise<void>((resolve) => queue.push(resolve));
    running++;
    try {
      return await drizzleKitSqliteStatements(source);
    } finally {
      running--;
      queue.shift()?.();
    }
  };
  const out = new Map<string, Promise<string[]>>();
  for (const c of CASES) {
    const source = sqliteSchemaSource(c.name);
    out.set(c.name, limited(source));
    if (c.edits) out.set(`${c.name}+edits`, limited(editSource(source, c.edits.edits)));
  }
  for (const p of out.values()) p.catch(() => {});
  return out;
}

describe("real Drizzle sqliteTable schemas: drizzle-kit's SQLite file and Athanor's are the same schema", () => {
  const kitSql = startDrizzleKit();

  for (const c of CASES) {
    test(c.name, async (t) => {
      const dir = mkdtempSync(join(tmpdir(), "athanor-corpus-sqlite-"));
      const kitFile = join(dir, "kit.db");
      const athanorFile = join(dir, "athanor.db");
      const editedKitFile = join(dir, "kit-edited.db");
      const source = sqliteSchemaSource(c.name);
      const project = new CorpusProject(`sqlite:${athanorFile}`, source);
      try {
        let kitSchema: SqliteSchema | undefined;
        await t.test("(a) drizzle-kit's SQL, then compare finds nothing", async () => {
          runSqliteStatements(kitFile, await kitSql.get(c.name)!);
          kitSchema = sqliteSchema(kitFile);
          const r = await compareWith(`sqlite:${kitFile}`, c.models);
          assert.equal(r.count, 0, `compare found differences on drizzle-kit's database:\n${r.ops}`);
          const unexpected = r.warnings.filter((w) => !(c.expectedWarnings ?? []).some((re) => re.test(w)));
          assert.deepEqual(unexpected, [], "warnings nobody expected");
        });

        let athanorSchema: SqliteSchema | undefined;
        await t.test("(b) built by Athanor from the models (CLI): the same schema, check clean", () => {
          project.autogenerate("init");
          project.athanor(["upgrade", "head"]);
          project.athanor(["check"]);
          athanorSchema = sqliteSchema(athanorFile);
          const expected = kitSchema ?? sqliteSchema(kitFile);
          assertSameSqliteSchema(athanorSchema, c.knownBuildDifference?.(expected) ?? expected, "Athanor's build vs drizzle-kit's");
        });

        if (c.edits) {
          const edits = c.edits;
          await t.test("(c) edits with rows: autogenerate + upgrade keeps them, downgrade -1 restores", async () => {
            const seed = new Database(athanorFile);
            try {
              seed.pragma("foreign_keys = ON");
              seed.exec(edits.seed);
            } finally {
              seed.close();
            }
            const before = readBack(athanorFile, edits.keep);
            runSqliteStatements(editedKitFile, await kitSql.get(`${c.name}+edits`)!);
            const editedKit = sqliteSchema(editedKitFile);

            project.setSchema(editSource(source, edits.edits));
            const revision = project.autogenerate("edits");
            for (const re of edits.expectInRevision) assert.match(revision, re, `the revision should contain ${re}:\n${revision}`);
            project.athanor(["upgrade", "head"]);
            assert.deepEqual(readBack(athanorFile, edits.keep), before, "rows after the upgrade");
            assertSameSqliteSchema(sqliteSchema(athanorFile), c.knownBuildDifference?.(editedKit) ?? editedKit, "after the edits");
            project.athanor(["check"]);

            project.athanor(["downgrade", "-1"]);
            assert.deepEqual(readBack(athanorFile, edits.keep), before, "rows after the downgrade");
            assertSameSqliteSchema(sqliteSchema(athanorFile), athanorSchema ?? sqliteSchema(kitFile), "after downgrade -1");
            project.athanor(["check"], 2);
          });
        }
      } finally {
        project.cleanup();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
