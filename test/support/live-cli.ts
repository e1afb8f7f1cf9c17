/**
 * The built `athanor` binary as a running process whose output a test can
 * watch while it runs: wait for a line to appear (a revision's marker, "waiting
 * for migration lock…"), then kill it, or let it finish.
 */
import { spawn } from "node:child_process";
import { BIN, type CliResult } from "./cli.js";

export interface LiveCli {
  readonly pid: number;
  /** stderr so far. */
  stderr(): string;
  /** Resolves when stderr matches (rejects if the process ends first). */
  until(pattern: RegExp): Promise<void>;
  kill(signal?: NodeJS.Signals): void;
  /** The process's end: exit code (-1 when killed by a signal), stdout, stderr. */
  readonly done: Promise<CliResult & { signal: NodeJS.Signals | null }>;
}

export function startCli(cwd: string, args: string[], env: Record<string, string | undefined> = {}): LiveCli {
  const all: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", DATABASE_URL: undefined, ...env };
  for (const k of Object.keys(all)) if (all[k] === undefined) delete all[k];
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: all as NodeJS.ProcessEnv });
  let stdout = "";
  let stderr = "";
  let ended = false;
  const waiters: { pattern: RegExp; resolve: () => void; reject: (e: Error) => void }[] = [];
  const check = () => {
    for (const w of waiters.splice(0)) {
      if (w.pattern.test(stderr)) w.resolve();
      else if (ended) w.reject(new Error(`the process ended before its stderr matched ${w.pattern}:\n${stderr}`));
      else waiters.push(w);
    }
  };
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => {
    stderr += d;
    check();
  });
  const done = new Promise<CliResult & { signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => {
      ended = true;
      check();
      resolve({ code: code ?? -1, signal, stdout, stderr });
    }),
  );
  return {
    pid: child.pid as number,
    stderr: () => stderr,
    until(pattern) {
      return new Promise<void>((resolve, reject) => {
        waiters.push({ pattern, resolve, reject });
        check();
      });
    },
    kill(signal = "SIGKILL") {
      child.kill(signal);
    },
    done,
  };
}
