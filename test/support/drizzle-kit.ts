/**
 * drizzle-kit's own SQL for a schema, for tests that compare a database
 * drizzle-kit built with one Athanor built: `drizzle-kit generate` (offline)
 * in a temporary folder, its one migration split on `--> statement-breakpoint`,
 * exactly as drizzle-kit wrote it.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "./cli.js";

const DRIZZLE_KIT_BIN = join(REPO_ROOT, "node_modules/drizzle-kit/bin.cjs");

export interface DrizzleKitOptions {
  readonly dialect: "postgresql" | "mysql" | "sqlite";
  /** drizzle's `casing` setting, when the schema relies on it. */
  readonly casing?: "snake_case" | "camelCase";
}

export async function drizzleKitGenerate(source: string, options: DrizzleKitOptions): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), `athanor-dk-${options.dialect}-`));
  try {
    symlinkSync(join(REPO_ROOT, "node_modules"), join(dir, "node_modules"), "dir");
    writeFileSync(join(dir, "schema.ts"), source);
    const casing = options.casing === undefined ? "" : `, casing: ${JSON.stringify(options.casing)}`;
    writeFileSync(join(dir, "drizzle.config.ts"), `export default { dialect: ${JSON.stringify(options.dialect)}, schema: "./schema.ts", out: "./out"${casing} };\n`);
    const r = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, [DRIZZLE_KIT_BIN, "generate"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("close", (code) => resolve({ code, output }));
    });
    assert.equal(r.code, 0, `drizzle-kit generate failed:\n${r.output}`);
    const files = readdirSync(join(dir, "out")).filter((f) => f.endsWith(".sql"));
    assert.equal(files.length, 1, `drizzle-kit wrote ${files.length} migrations:\n${r.output}`);
    return readFileSync(join(dir, "out", files[0]!), "utf8")
      .split("--> statement-breakpoint")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * drizzle-kit's SQL for each `[key, schema source]`, all started at once but at most `limit` generators running
 * (each is a process of its own). A failure is reported by the test that awaits its key.
 */
export function generateAll(jobs: Iterable<readonly [string, string]>, generate: (source: string) => Promise<string[]>, limit = 2): Map<string, Promise<string[]>> {
  let running = 0;
  const queue: Array<() => void> = [];
  const limited = async (source: string): Promise<string[]> => {
    if (running >= limit) await new Promise<void>((resolve) => queue.push(resolve));
    running++;
    try {
      return await generate(source);
    } finally {
      running--;
      queue.shift()?.();
    }
  };
  const out = new Map<string, Promise<string[]>>();
  for (const [key, source] of jobs) out.set(key, limited(source));
  for (const p of out.values()) p.catch(() => {});
  return out;
}
