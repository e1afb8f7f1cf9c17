// Writes a project with N revision files, linear or branched with merges.
// Usage: node bench/generate-history.mjs <dir> <count> <linear|branched>
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function generateHistory(dir, count, shape) {
  rmSync(dir, { recursive: true, force: true });
  const versions = join(dir, "migrations", "versions");
  mkdirSync(versions, { recursive: true });
  writeFileSync(
    join(dir, "athanor.config.ts"),
    `import { defineConfig } from "athanor";\nexport default defineConfig({ url: process.env.DATABASE_URL, defaultUrl: "pglite:./.athanor/pglite", scriptLocation: "migrations" });\n`,
  );
  const id = (i) => i.toString(16).padStart(12, "0");
  const write = (i, down, message) => {
    const rev = id(i);
    const downLit = down === null ? "null" : Array.isArray(down) ? JSON.stringify(down) : JSON.stringify(down);
    writeFileSync(
      join(versions, `${rev}_${message.replace(/\W+/g, "_")}.ts`),
      `/**
 * ${message}
 *
 * Revision ID: ${rev}
 * Revises: ${Array.isArray(down) ? down.join(", ") : (down ?? "")}
 * Create Date: 2026-01-01 00:00:00.000000+00:00
 */
import type { MigrationOps } from "athanor";

export const revision = "${rev}";
export const downRevision: string | string[] | null = ${downLit};
export const branchLabels: string[] = [];
export const dependsOn: string[] = [];

export async function upgrade(op: MigrationOps): Promise<void> {
  await op.execute('CREATE TABLE "t_${i}" (id integer PRIMARY KEY, v text)');
}

export async function downgrade(op: MigrationOps): Promise<void> {
  await op.execute('DROP TABLE "t_${i}"');
}
`,
    );
    return rev;
  };
  let prev = null;
  let i = 1;
  while (i <= count) {
    if (shape === "branched" && i % 50 === 0 && i + 12 <= count && prev) {
      // a fork of two 5-long branches, then a merge
      let a = prev;
      let b = prev;
      for (let k = 0; k < 5; k++) a = write(i++, a, `branch a step ${k}`);
      for (let k = 0; k < 5; k++) b = write(i++, b, `branch b step ${k}`);
      prev = write(i++, [a, b], "merge branches");
      continue;
    }
    prev = write(i++, prev, `revision number ${i - 1}`);
  }
  return id(i - 1);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const [dir, count, shape] = process.argv.slice(2);
  generateHistory(dir, Number(count), shape ?? "linear");
}
