/**
 * The CLI's stdout and stderr. Node builds `process.stdout`/`process.stderr`
 * the first time they are read, and for a pipe or a terminal that loads its
 * whole streams implementation: ~4 ms of CPU, a good part of what a quick
 * command (`current`, a no-op `upgrade`) costs beyond starting Node. So the
 * CLI's own lines are written straight to the file descriptor while nothing
 * has built the stream, and through the stream once anything has (a
 * revision's `console.log`, commander's help, a colour check), so that lines
 * keep their order wherever Node writes a stream asynchronously.
 *
 * Either way, every write is scrubbed of the secrets the configuration
 * resolved, and a reader that closed the pipe early (`athanor history |
 * head`) ends the CLI quietly, as other CLIs do.
 */
import { writeSync } from "node:fs";

type StdName = "stdout" | "stderr";
type Scrub = (text: string) => string;

const FD: Record<StdName, 1 | 2> = { stdout: 1, stderr: 2 };
const built: Record<StdName, NodeJS.WriteStream | null> = { stdout: null, stderr: null };
let scrub: Scrub = (text) => text;

function closedPipe(): never {
  process.exit(process.exitCode ?? 0);
}

/** The stream as Node builds it, with Athanor's guards added once. */
function guard(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) =>
    write(typeof chunk === "string" ? scrub(chunk) : chunk, ...rest)) as typeof stream.write;
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") closedPipe();
    throw e;
  });
  return stream;
}

/**
 * Installs the guards: `process.stdout` and `process.stderr` stay lazy, and
 * whoever reads them first gets the guarded stream. `scrubSecrets` masks
 * what must never be printed.
 */
export function guardStdStreams(scrubSecrets: Scrub): void {
  scrub = scrubSecrets;
  for (const name of ["stdout", "stderr"] as const) {
    const own = Object.getOwnPropertyDescriptor(process, name);
    const get = own?.get;
    if (!get || !own.configurable) {
      built[name] = guard(process[name]); // not a lazy getter here: guard the stream as it is
      continue;
    }
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: own.enumerable ?? false,
      get() {
        if (!built[name]) {
          built[name] = guard(get.call(process) as NodeJS.WriteStream);
          Object.defineProperty(process, name, { configurable: true, enumerable: own.enumerable ?? false, value: built[name], writable: false });
        }
        return built[name];
      },
    });
  }
}

/** Writes all of `text` to a descriptor that may be non-blocking (a full pipe answers EAGAIN: wait and retry). */
function writeAll(fd: number, text: string): void {
  let bytes = Buffer.from(text, "utf8");
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EPIPE") closedPipe();
      if (code !== "EAGAIN") throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

/** Writes `text` (scrubbed) to stdout or stderr: through the stream if one was built, else to the descriptor. */
export function writeStd(name: StdName, text: string): void {
  const stream = built[name];
  if (stream) stream.write(text);
  else writeAll(FD[name], scrub(text));
}

/** Whether stdout or stderr is a terminal (asks the stream, building it: only where colour or progress depends on it). */
export function stdIsTTY(name: StdName): boolean {
  return process[name].isTTY === true;
}

/** Calls `done` once what the streams hold is written (at once when none was built: descriptor writes are done when they return). */
export function flushStd(done: () => void): void {
  const out = built.stdout;
  const err = built.stderr;
  if (!out && !err) {
    done();
    return;
  }
  const flushErr = () => {
    if (err) err.write("", () => done());
    else done();
  };
  if (out) out.write("", flushErr);
  else flushErr();
}
