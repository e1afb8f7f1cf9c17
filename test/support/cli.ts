/**
 * Runs the built `athanor` binary in a temporary project, as a user would.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const BIN = join(REPO_ROOT, "dist/cli/bin.cjs");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class TempProject {
  readonly dir: string;
  constructor(prefix = "athanor-cli-") {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
  }

  /** Runs `athanor ...args` synchronously in the project. */
  run(args: string[], opts: { env?: Record<string, string | undefined>; input?: string } = {}): CliResult {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", DATABASE_URL: undefined, ...opts.env };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const r = spawnSync(process.execPath, [BIN, ...args], {
      cwd: this.dir,
      env: env as NodeJS.ProcessEnv,
      encoding: "utf8",
      input: opts.input,
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }

  /** Runs asynchronously (for concurrency tests). */
  runAsync(args: string[], opts: { env?: Record<string, string | undefined> } = {}): Promise<CliResult> & { pid?: number } {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", DATABASE_URL: undefined, ...opts.env };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: this.dir, env: env as NodeJS.ProcessEnv });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const p = new Promise<CliResult>((resolve) => child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr })));
    return Object.assign(p, { pid: child.pid });
  }

  write(rel: string, content: string): string {
    const p = join(this.dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
    return p;
  }

  read(rel: string): string {
    return readFileSync(join(this.dir, rel), "utf8");
  }

  ls(rel: string): string[] {
    return readdirSync(join(this.dir, rel)).sort();
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A plain revision file, written the way `athanor revision` writes them. */
export function revisionFile(opts: {
  rev: string;
  down: string | string[] | null;
  message?: string;
  branchLabels?: string[];
  dependsOn?: string[];
  upgrade?: string;
  downgrade?: string;
  extra?: string;
}): string {
  const lit = (v: string | string[] | null) => JSON.stringify(v);
  return `/**
 * ${opts.message ?? `rev ${opts.rev}`}
 *
 * Revision ID: ${opts.rev}
 * Revises: ${Array.isArray(opts.down) ? opts.down.join(", ") : (opts.down ?? "")}
 * Create Date: 2026-01-01 00:00:00.000000+00:00
 */
export const revision = ${JSON.stringify(opts.rev)};
export const downRevision = ${lit(opts.down)};
export const branchLabels = ${JSON.stringify(opts.branchLabels ?? [])};
export const dependsOn = ${JSON.stringify(opts.dependsOn ?? [])};
${opts.extra ?? ""}
export async function upgrade(op) {
${opts.upgrade ?? ""}
}

export async function downgrade(op) {
${opts.downgrade ?? ""}
}
`;
}

/** No URL-ish variables from the developer's shell leak into a test: pass as (part of) `env`. */
export const URL_FREE_ENV: Readonly<Record<string, string | undefined>> = {
  DATABASE_URL: undefined,
  DB_HOST: undefined,
  DB_PORT: undefined,
  DB_NAME: undefined,
  DB_USER: undefined,
  DB_PASSWORD: undefined,
  POSTGRES_HOST: undefined,
  POSTGRES_PORT: undefined,
  POSTGRES_DB: undefined,
  POSTGRES_USER: undefined,
  POSTGRES_PASSWORD: undefined,
  PGHOST: undefined,
  PGPORT: undefined,
  PGSSLMODE: undefined,
  MYSQL_HOST: undefined,
  MYSQL_PORT: undefined,
  MYSQL_TCP_PORT: undefined,
  MYSQL_USER: undefined,
  MYSQL_PASSWORD: undefined,
  MYSQL_PWD: undefined,
  MYSQL_DATABASE: undefined,
  ATHANOR_CONFIG: undefined,
};
