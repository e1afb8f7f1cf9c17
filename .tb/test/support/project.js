/**
 * A temporary Athanor project with revision files written directly, for
 * runtime tests: `project.rev("a1", null, { up: "...", down: "..." })`.
 */
import { after } from "node:test";
import { TempProject } from "./cli.js";
import { createTestDatabase } from "./databases.js";
/** Where `rev()` writes revision `id`. */
export function revisionPath(id, spec = {}) {
    return `migrations/versions/${id}_${(spec.message ?? `rev ${id}`).replace(/\W+/g, "_")}.ts`;
}
/** A TypeScript revision file; `t` and `sql` are in scope of `spec.up`. */
export function revisionSource(id, down, spec = {}) {
    const lit = JSON.stringify;
    return `/**
 * ${spec.message ?? `rev ${id}`}
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
`;
}
export class MigrationProject extends TempProject {
    url;
    constructor(url, config = {}) {
        super("athanor-rt-");
        this.url = url;
        this.write("athanor.config.ts", `import { defineConfig } from "athanor";\nexport default defineConfig(${JSON.stringify({ scriptLocation: "migrations", ...config })});\n`);
        this.write("migrations/versions/.gitkeep", "");
    }
    /** Writes a TypeScript revision file. `up`/`down` are statement bodies using `op`. */
    rev(id, down, spec = {}) {
        this.write(revisionPath(id, spec), revisionSource(id, down, spec));
        return this;
    }
    /** Runs athanor with DATABASE_URL set to this project's database. */
    athanor(...args) {
        return this.run(args, { env: { DATABASE_URL: this.url } });
    }
    athanorAsync(...args) {
        return this.runAsync(args, { env: { DATABASE_URL: this.url } });
    }
}
/** A revision body that records itself in table `applied` (created by the first revision). */
export function recordingRev(id) {
    return {
        up: `  await op.execute("INSERT INTO applied (rev) VALUES ($1)", [${JSON.stringify(id)}]);`,
        down: `  await op.execute("DELETE FROM applied WHERE rev = $1", [${JSON.stringify(id)}]);`,
    };
}
/**
 * For a test file: a function that makes a fresh database and a project on
 * it; both are removed when the file's tests are done.
 */
export function projectsOnNewDatabases() {
    const cleanups = [];
    after(async () => {
        for (const c of cleanups)
            await c();
    });
    return async (config = {}) => {
        const db = await createTestDatabase();
        const p = new MigrationProject(db.url, config);
        cleanups.push(() => p.cleanup(), () => db.drop());
        return { db, p };
    };
}
/**
 * Alembic's traversal graph: a -> b -> c (linear), c -> d1 (label x) and
 * c -> d2 (label y), m merges d1 and d2; r2 is a second root (label other)
 * whose child e depends on d1.
 */
export function writeTraversalGraph(p) {
    return p
        .rev("aaaa0001", null)
        .rev("bbbb0002", "aaaa0001")
        .rev("cccc0003", "bbbb0002")
        .rev("dd110004", "cccc0003", { branchLabels: ["x"] })
        .rev("dd220005", "cccc0003", { branchLabels: ["y"] })
        .rev("mmmm0006", ["dd110004", "dd220005"])
        .rev("rrrr0007", null, { branchLabels: ["other"] })
        .rev("eeee0008", "rrrr0007", { dependsOn: ["dd110004"] });
}
