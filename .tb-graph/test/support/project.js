/**
 * A temporary Athanor project with revision files written directly, for
 * runtime tests: `project.rev("a1", null, { up: "...", down: "..." })`.
 */
import { TempProject } from "./cli.js";
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
        const lit = JSON.stringify;
        this.write(`migrations/versions/${id}_${(spec.message ?? `rev ${id}`).replace(/\W+/g, "_")}.ts`, `/**
 * ${spec.message ?? `rev ${id}`}
 *
 * Revision ID: ${id}
 * Revises: ${Array.isArray(down) ? down.join(", ") : (down ?? "")}
 * Create Date: 2026-01-01 00:00:00.000000+00:00
 */
import type { MigrationOps } from "athanor";

export const revision = ${lit(id)};
export const downRevision: string | string[] | null = ${lit(down)};
export const branchLabels: string[] = ${lit(spec.branchLabels ?? [])};
export const dependsOn: string[] = ${lit(spec.dependsOn ?? [])};
${spec.transactional === false ? "export const transactional = false;\n" : ""}
export async function upgrade(op: MigrationOps): Promise<void> {
${spec.up ?? ""}
}

export async function downgrade(op: MigrationOps): Promise<void> {
${spec.down ?? ""}
}
`);
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
