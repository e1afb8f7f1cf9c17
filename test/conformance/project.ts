/**
 * A temporary Athanor project on one conformance database, run through the
 * built CLI as a user would. Revision bodies use only the portable `op`
 * operations; identifiers that appear inside SQL text (checks, `execute`)
 * are quoted by the suite with the dialect's own quoting.
 */
import { TempProject, type CliResult } from "../support/cli.js";
import type { ConformanceDatabase } from "./target.js";

export interface RevisionSpec {
  /** Statements of `upgrade(op)`; `t` and `sql` are in scope. */
  up?: string;
  down?: string;
  message?: string;
  branchLabels?: string[];
  dependsOn?: string[];
  transactional?: boolean;
}

export class ConformanceProject extends TempProject {
  constructor(
    readonly db: ConformanceDatabase,
    config: Record<string, unknown> = {},
    /** Extra environment for every run (e.g. TZ). */
    readonly env: Readonly<Record<string, string>> = {},
  ) {
    super("athanor-conf-");
    this.write(
      "athanor.config.ts",
      `import { defineConfig } from "athanor";\nexport default defineConfig(${JSON.stringify({ scriptLocation: "migrations", ...config })});\n`,
    );
    this.write("migrations/versions/.gitkeep", "");
  }

  /** Writes (or rewrites) a revision file. */
  rev(id: string, down: string | string[] | null, spec: RevisionSpec = {}): this {
    const lit = JSON.stringify;
    const message = spec.message ?? `rev ${id}`;
    this.write(
      `migrations/versions/${id}_${message.replace(/\W+/g, "_")}.ts`,
      `/**
 * ${message}
 *
 * Revision ID: ${id}
 * Revises: ${Array.isArray(down) ? down.join(", ") : (down ?? "")}
 * Create Date: 2026-01-01 00:00:00.000000+00:00
 */
import { type MigrationOps, sql, t } from "athanor";

export const revision = ${lit(id)};
export const downRevision: string | string[] | null = ${lit(down)};
export const branchLabels: string[] = ${lit(spec.branchLabels ?? [])};
export const dependsOn: string[] = ${lit(spec.dependsOn ?? [])};
${spec.transactional === false ? "export const transactional = false;\n" : ""}
export async function upgrade(op: MigrationOps): Promise<void> {
  void sql;
  void t;
${spec.up ?? ""}
}

export async function downgrade(op: MigrationOps): Promise<void> {
${spec.down ?? ""}
}
`,
    );
    return this;
  }

  /** Runs `athanor ...args` on the project's database, without blocking the test process. */
  athanor(...args: string[]): Promise<CliResult> {
    return this.runAsync(args, { env: { ...this.env, DATABASE_URL: this.db.url } });
  }
}

/** The lines a run reports for its steps, without durations and default messages: `Running upgrade a -> b`. */
export function stepLines(stderr: string): string[] {
  return stderr
    .split("\n")
    .filter((l) => l.startsWith("Running "))
    .map((l) => l.replace(/ \(\d+ ms\)$/, "").replace(/, rev \w+$/, ""));
}

/** Asserts exit 0, with the output in the message otherwise. */
export function describeRun(r: CliResult): string {
  return `exit ${r.code}\n--- stderr\n${r.stderr}--- stdout\n${r.stdout}`;
}
