/**
 * A temporary Athanor project on one conformance database, run through the
 * built CLI as a user would. Revision bodies use only the portable `op`
 * operations; identifiers that appear inside SQL text (checks, `execute`)
 * are quoted by the suite with the dialect's own quoting.
 */
import { TempProject } from "../support/cli.js";
import { revisionPath, revisionSource } from "../support/project.js";
export class ConformanceProject extends TempProject {
    db;
    env;
    constructor(db, config = {}, 
    /** Extra environment for every run (e.g. TZ). */
    env = {}) {
        super("athanor-conf-");
        this.db = db;
        this.env = env;
        this.write("athanor.config.ts", `import { defineConfig } from "athanor";\nexport default defineConfig(${JSON.stringify({ scriptLocation: "migrations", ...config })});\n`);
        this.write("migrations/versions/.gitkeep", "");
    }
    /** Writes (or rewrites) a revision file. */
    rev(id, down, spec = {}) {
        this.write(revisionPath(id, spec), revisionSource(id, down, spec));
        return this;
    }
    /** Runs `athanor ...args` on the project's database, without blocking the test process. */
    athanor(...args) {
        return this.runAsync(args, { env: { ...this.env, DATABASE_URL: this.db.url } });
    }
}
/** The lines a run reports for its steps, without durations and default messages: `Running upgrade a -> b`. */
export function stepLines(stderr) {
    return stderr
        .split("\n")
        .filter((l) => l.startsWith("Running "))
        .map((l) => l.replace(/ \(\d+ ms\)$/, "").replace(/, rev \w+$/, ""));
}
/** Asserts exit 0, with the output in the message otherwise. */
export function describeRun(r) {
    return `exit ${r.code}\n--- stderr\n${r.stderr}--- stdout\n${r.stdout}`;
}
