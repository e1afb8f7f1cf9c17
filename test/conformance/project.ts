/**
 * A temporary Athanor project on one conformance database, run through the
 * built CLI as a user would. Revision bodies use only the portable `op`
 * operations; identifiers that appear inside SQL text (checks, `execute`)
 * are quoted by the suite with the dialect's own quoting.
 */
import { TempProject, type CliResult } from "../support/cli.js";
import { type RevSpec, revisionPath, revisionSource } from "../support/project.js";
import type { ConformanceDatabase } from "./target.js";

/** A revision's body and metadata (`t` and `sql` are in scope of `up`). */
export type RevisionSpec = RevSpec;

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
    this.write(revisionPath(id, spec), revisionSource(id, down, spec));
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
