/**
 * The machinery of the real-schema corpus: drizzle-kit's own SQL for a schema, a temporary Athanor project
 * whose models are the schema (driven through the built CLI), and `pg_dump --schema-only` normalised so two
 * databases built different ways can be compared statement by statement.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { REPO_ROOT, TempProject } from "../../support/cli.js";
import { drizzleKitGenerate } from "../../support/drizzle-kit.js";

export const SCHEMAS_DIR = join(REPO_ROOT, "test/autogenerate/corpus-real/schemas");

/** The source of a corpus schema (the .ts file, not its compiled copy), by its path relative to schemas/. */
export function schemaSource(file: string): string {
  return readFileSync(join(SCHEMAS_DIR, file), "utf8");
}

/**
 * Applies text edits to a schema source; each `from` must occur exactly once, so an edit that stops matching
 * (the fixture changed) fails loudly instead of testing nothing.
 */
export function editSource(source: string, edits: ReadonlyArray<{ from: string; to: string }>): string {
  let out = source;
  for (const e of edits) {
    const at = out.indexOf(e.from);
    assert.ok(at >= 0, `edit does not match the schema: ${e.from}`);
    assert.equal(out.indexOf(e.from, at + 1), -1, `edit matches more than once: ${e.from}`);
    out = out.slice(0, at) + e.to + out.slice(at + e.from.length);
  }
  return out;
}

/** drizzle-kit's own SQL for a schema source (dialect postgresql), exactly as drizzle-kit wrote it. */
export function drizzleKitStatements(source: string): Promise<string[]> {
  return drizzleKitGenerate(source, { dialect: "postgresql" });
}

/** Runs statements one by one on a fresh connection, naming the statement that failed. */
export async function runStatements(url: string, statements: readonly string[]): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    for (const s of statements) {
      try {
        await c.query(s);
      } catch (e) {
        throw new Error(`${(e as Error).message}\n  while running drizzle-kit's: ${s}`);
      }
    }
  } finally {
    await c.end();
  }
}

/** Tables of Athanor's own bookkeeping (the version table and its log), never part of a compared schema. */
const ATHANOR_TABLES = /\bathanor_version\w*/;

/**
 * `pg_dump --schema-only` of a database, normalised: comments, SET and set_config lines dropped, statements
 * about Athanor's version tables dropped, and the statements sorted (drizzle-kit and Athanor order the same
 * objects differently; the content of each statement is what must agree).
 */
export function schemaDump(url: string): string {
  const r = spawnSync("pg_dump", ["--schema-only", "--no-owner", "--no-privileges", "--no-comments", url], { encoding: "utf8" });
  assert.equal(r.status, 0, `pg_dump failed: ${r.stderr}`);
  const lines = r.stdout
    .split("\n")
    // (`\\restrict <random key>` lines: pg_dump 15.14+ fences its output against psql meta-commands.)
    .filter((l) => !l.startsWith("--") && !l.startsWith("\\") && !/^SET /.test(l) && !/set_config\(/.test(l) && l.trim() !== "");
  const statements: string[] = [];
  let current: string[] = [];
  for (const l of lines) {
    current.push(l);
    if (/;\s*$/.test(l)) {
      statements.push(current.join("\n"));
      current = [];
    }
  }
  if (current.length > 0) statements.push(current.join("\n"));
  return statements
    .filter((s) => !ATHANOR_TABLES.test(s))
    .sort()
    .join("\n");
}

/** Line-level difference of two dumps, for a readable assertion message. */
export function dumpDiff(a: string, b: string): string {
  const as = new Set(a.split("\n"));
  const bs = new Set(b.split("\n"));
  const onlyA = [...as].filter((l) => !bs.has(l)).map((l) => `- ${l}`);
  const onlyB = [...bs].filter((l) => !as.has(l)).map((l) => `+ ${l}`);
  return [...onlyA, ...onlyB].join("\n");
}

export function assertSameDump(actual: string, expected: string, what: string): void {
  if (actual !== expected) assert.fail(`${what}: pg_dump differs (- Athanor, + expected):\n${dumpDiff(actual, expected)}`);
}

/**
 * A temporary Athanor project whose models are one schema file (`models: ["./schema.ts"]`), with the
 * repository's node_modules linked in so the schema can import drizzle-orm.
 */
export class CorpusProject {
  readonly project = new TempProject("athanor-corpus-");
  constructor(
    readonly url: string,
    source: string,
  ) {
    symlinkSync(join(REPO_ROOT, "node_modules"), join(this.project.dir, "node_modules"), "dir");
    mkdirSync(join(this.project.dir, "migrations/versions"), { recursive: true });
    this.project.write("athanor.config.json", `${JSON.stringify({ models: ["./schema.ts"] })}\n`);
    this.setSchema(source);
  }

  setSchema(source: string): void {
    this.project.write("schema.ts", source);
  }

  /** Runs the CLI against the project's database; asserts the exit code. */
  athanor(args: string[], expectCode = 0): { stdout: string; stderr: string } {
    const r = this.project.run(args, { env: { DATABASE_URL: this.url } });
    assert.equal(r.code, expectCode, `athanor ${args.join(" ")} exited ${r.code}, expected ${expectCode}:\n${r.stderr}${r.stdout}`);
    return r;
  }

  /** `revision --autogenerate`, returning the written revision file's text. */
  autogenerate(message: string, extra: string[] = []): string {
    const r = this.athanor(["revision", "--autogenerate", "-m", message, "--json", ...extra]);
    const at = r.stdout.indexOf("{");
    assert.ok(at >= 0, `no --json output:\n${r.stdout}\n${r.stderr}`);
    return readFileSync(join(this.project.dir, (JSON.parse(r.stdout.slice(at)) as { path: string }).path), "utf8");
  }

  cleanup(): void {
    this.project.cleanup();
  }
}
