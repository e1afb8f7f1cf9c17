/**
 * Runs the example service (examples/health-service) and the built CLI as
 * child processes, the way a container would: `node --import jiti/register
 * server.ts` with PORT=0 (the service prints the port it got), and
 * `athanor ...` from dist/. Every child still running when the test process
 * ends is killed.
 */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { BIN, REPO_ROOT } from "../../support/cli.js";
export const EXAMPLE_DIR = join(REPO_ROOT, "examples/health-service");
export const SERVICE_COMMAND = [process.execPath, "--import", "jiti/register", "server.ts"];
/** Revisions of the example, oldest first. */
export const EXAMPLE_REVISIONS = ["1a2f0c3e5b71", "2b7d41e9c0a4", "3c95e8d2f617"];
export const EXAMPLE_HEAD = "3c95e8d2f617";
/** Variables a test must set itself rather than inherit. */
const SCRUBBED = ["DATABASE_URL", "DB_MAX_RETRIES", "DB_RETRY_INTERVAL", "DB_HOST", "DB_NAME", "DB_USER", "DB_PASSWORD", "ATHANOR_CONFIG", "PORT", "HOST"];
export function childEnv(env = {}) {
    const out = { ...process.env, NO_COLOR: "1" };
    for (const k of SCRUBBED)
        delete out[k];
    Object.assign(out, env);
    for (const k of Object.keys(out))
        if (out[k] === undefined)
            delete out[k];
    return out;
}
const children = new Set();
process.once("exit", () => {
    for (const c of children)
        if (c.exitCode === null && c.signalCode === null)
            c.kill("SIGKILL");
});
/** Starts a process and watches its stdout for `listening on http://host:port`. */
export function startProcess(command, opts = {}) {
    const [exe, ...args] = command;
    const child = spawn(exe, args, { cwd: opts.cwd ?? EXAMPLE_DIR, env: childEnv({ PORT: "0", HOST: "127.0.0.1", ...opts.env }) });
    children.add(child);
    let out = "";
    let err = "";
    child.stdout?.setEncoding("utf8").on("data", (d) => (out += d));
    child.stderr?.setEncoding("utf8").on("data", (d) => (err += d));
    const exited = new Promise((resolve) => child.once("exit", (code, signal) => {
        children.delete(child);
        resolve({ code, signal });
    }));
    const timeoutMs = opts.timeoutMs ?? 120_000;
    const ready = new Promise((resolve, reject) => {
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
    ready.catch(() => { });
    return {
        child,
        ready,
        exited,
        stdout: () => out,
        stderr: () => err,
        async stop() {
            if (child.exitCode !== null || child.signalCode !== null)
                return;
            child.kill("SIGTERM");
            const t = setTimeout(() => child.kill("SIGKILL"), 5000);
            await exited;
            clearTimeout(t);
        },
    };
}
/** The example service on the database `url` (DATABASE_URL). */
export function startService(url, env = {}) {
    return startProcess(SERVICE_COMMAND, { env: { DATABASE_URL: url, ...env } });
}
export async function getHealth(port) {
    const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(30_000) });
    return { status: res.status, body: (await res.json()) };
}
/** `athanor ...args` (the built CLI) in `cwd`, synchronously. */
export function athanor(args, opts = {}) {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? EXAMPLE_DIR, env: childEnv(opts.env), encoding: "utf8" });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
/** A command to completion, asynchronously (so a test can start a database meanwhile); `stderr()` is the output so far. */
export function runAsync(command, opts = {}) {
    const [exe, ...args] = command;
    const started = Date.now();
    const child = spawn(exe, args, { cwd: opts.cwd ?? EXAMPLE_DIR, env: childEnv(opts.env) });
    children.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr?.setEncoding("utf8").on("data", (d) => (stderr += d));
    const done = new Promise((resolve) => child.once("close", (code) => {
        children.delete(child);
        resolve({ code: code ?? -1, stdout, stderr, ms: Date.now() - started });
    }));
    return Object.assign(done, { stderr: () => stderr });
}
/** Resolves once `cond()` holds (polled every 50 ms); rejects after `timeoutMs` with `what`. */
export async function until(cond, what, timeoutMs = 60_000) {
    const started = Date.now();
    while (!cond()) {
        if (Date.now() - started > timeoutMs)
            throw new Error(`timed out waiting for ${what}`);
        await sleep(50);
    }
}
export const ATHANOR_COMMAND = [process.execPath, BIN];
export function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
