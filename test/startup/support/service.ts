/**
 * Runs the example service (examples/health-service) and the built CLI as
 * child processes, the way a container would: `node --import jiti/register
 * server.ts` with PORT=0 (the service prints the port it got), and
 * `athanor ...` from dist/. Every child still running when the test process
 * ends is killed.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { BIN, type CliResult, REPO_ROOT } from "../../support/cli.js";

export const EXAMPLE_DIR = join(REPO_ROOT, "examples/health-service");
export const SERVICE_COMMAND = [process.execPath, "--import", "jiti/register", "server.ts"];

/** Revisions of the example, oldest first. */
export const EXAMPLE_REVISIONS = ["1a2f0c3e5b71", "2b7d41e9c0a4", "3c95e8d2f617"];
export const EXAMPLE_HEAD = "3c95e8d2f617";

/** Variables a test must set itself rather than inherit. */
const SCRUBBED = ["DATABASE_URL", "DB_MAX_RETRIES", "DB_RETRY_INTERVAL", "DB_HOST", "DB_NAME", "DB_USER", "DB_PASSWORD", "ATHANOR_CONFIG", "PORT", "HOST"];

export function childEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const out: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1" };
  for (const k of SCRUBBED) delete out[k];
  Object.assign(out, env);
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as NodeJS.ProcessEnv;
}

const children = new Set<ChildProcess>();
process.once("exit", () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
});

export interface Running {
  readonly child: ChildProcess;
  /** The port, once the service printed `listening on ...`; rejects if it exits first or after `timeoutMs`. */
  readonly ready: Promise<number>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout(): string;
  stderr(): string;
  /** SIGTERM, then SIGKILL after 5 s; resolves when the process is gone. */
  stop(): Promise<void>;
}

/** Starts a process and watches its stdout for `listening on http://host:port`. */
export function startProcess(command: readonly string[], opts: { cwd?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Running {
  const [exe, ...args] = command as [string, ...string[]];
  const child = spawn(exe, args, { cwd: opts.cwd ?? EXAMPLE_DIR, env: childEnv({ PORT: "0", HOST: "127.0.0.1", ...opts.env }) });
  children.add(child);
  let out = "";
  let err = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => (out += d));
  child.stderr?.setEncoding("utf8").on("data", (d: string) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const ready = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not listening after ${timeoutMs} ms\nstdout: ${out}\nstderr: ${err}`)), timeoutMs);
    const check = () => {
      const m = /listening on http:\/\/[^\s:]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout?.on("data", check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code ?? signal}) before listening\nstdout: ${out}\nstderr: ${err}`));
    });
  });
  ready.catch(() => {});
  return {
    child,
    ready,
    exited,
    stdout: () => out,
    stderr: () => err,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const t = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(t);
    },
  };
}

/** The example service on the database `url` (DATABASE_URL). */
export function startService(url: string | undefined, env: Record<string, string | undefined> = {}): Running {
  return startProcess(SERVICE_COMMAND, { env: { DATABASE_URL: url, ...env } });
}

export interface HealthBody {
  db: "ok" | "down";
  schema: { current: string[]; head: string[]; upToDate: boolean; ahead: boolean } | null;
  error?: string;
}

export async function getHealth(port: number): Promise<{ status: number; body: HealthBody }> {
  const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(30_000) });
  return { status: res.status, body: (await res.json()) as HealthBody };
}

/** `athanor ...args` (the built CLI) in `cwd`, synchronously. */
export function athanor(args: readonly string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? EXAMPLE_DIR, env: childEnv(opts.env), encoding: "utf8" });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A command to completion, asynchronously (so a test can start a database meanwhile); `stderr()` is the output so far. */
export function runAsync(
  command: readonly string[],
  opts: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliResult & { ms: number }> & { stderr(): string } {
  const [exe, ...args] = command as [string, ...string[]];
  const started = Date.now();
  const child = spawn(exe, args, { cwd: opts.cwd ?? EXAMPLE_DIR, env: childEnv(opts.env) });
  children.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const done = new Promise<CliResult & { ms: number }>((resolve) =>
    child.once("close", (code) => {
      children.delete(child);
      resolve({ code: code ?? -1, stdout, stderr, ms: Date.now() - started });
    }),
  );
  return Object.assign(done, { stderr: () => stderr });
}

/** Resolves once `cond()` holds (polled every 50 ms); rejects after `timeoutMs` with `what`. */
export async function until(cond: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!cond()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export const ATHANOR_COMMAND = [process.execPath, BIN];

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
