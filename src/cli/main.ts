#!/usr/bin/env node
/**
 * The `athanor` binary. Node 20 has no compile cache for modules, and
 * compiling Athanor's code is a good part of what a quick command (`current`,
 * a no-op `upgrade`) costs. So the build also writes the whole CLI as one
 * script (dist/cli/athanor.cjs), which this launcher compiles with V8's code
 * cache: the first run of each command stores the compiled code in the
 * per-user cache folder (src/util/cache-dir.ts), later runs skip most of the
 * compiling. V8 checks that the cache matches the script and the Node
 * version, and ignores it otherwise. ATHANOR_CODE_CACHE=0 compiles the script
 * without the cache. Without the script (a build of the sources for tests),
 * the CLI is imported as ES modules instead.
 *
 * The build bundles this file as CommonJS (dist/cli/bin.cjs, the package's
 * `bin`): an ES-module entry makes Node set up its ES-module loader (resolve,
 * link, evaluate the module graph), ~10 ms that a quick command never needs.
 * So no top-level await here, and import.meta.url is the bundle's own URL.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { cacheDir } from "../util/cache-dir.js";

type RunCli = (argv: string[]) => Promise<void>;

const argv = process.argv.slice(2);
const script = fileURLToPath(new URL("./athanor.cjs", import.meta.url));

async function loadCached(): Promise<RunCli | null> {
  if (!existsSync(script)) return null;
  // the build writes the script in ASCII (non-ASCII characters escaped): latin1 reads it without decoding UTF-8
  const source = readFileSync(script, "latin1");
  let cacheFile: string | null = null;
  let commandSuffix = "";
  let cachedData: Buffer | undefined;
  try {
    const dir = process.env.ATHANOR_CODE_CACHE === "0" ? null : cacheDir();
    if (dir) {
      const st = statSync(script);
      const command = (argv.find((a) => !a.startsWith("-")) ?? "none").replace(/[^a-z-]/gi, "").slice(0, 24) || "none";
      const id = `${process.version}-${process.arch}-${st.size}-${Math.trunc(st.mtimeMs)}-${st.ino}`;
      cacheFile = join(dir, `cli-${id}-${command}.bin`);
      commandSuffix = `-${command}.bin`;
      if (existsSync(cacheFile)) cachedData = readFileSync(cacheFile);
    }
  } catch {
    cacheFile = null; // no cache this time
  }
  const compiled = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: script,
    ...(cachedData ? { cachedData } : {}),
  });
  // A compiled script has no import(): lend it this module's.
  (globalThis as Record<symbol, unknown>)[Symbol.for("athanor.import")] = (specifier: string) => import(specifier);
  const mod: { exports: { runCli?: RunCli } } = { exports: {} };
  (compiled.runInThisContext() as (...args: unknown[]) => void)(mod.exports, createRequire(script), mod, script, dirname(script));
  if (cacheFile && (!cachedData || compiled.cachedDataRejected)) {
    const file = cacheFile;
    const suffix = commandSuffix;
    // at exit the cache holds every function this command compiled, not just the top level
    process.once("exit", () => {
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, compiled.createCachedData(), { mode: 0o600 });
        renameSync(tmp, file);
        pruneOtherBuilds(dirname(file), suffix);
      } catch {
        // a cache that can't be written is only a slower next start
      }
    });
  }
  return mod.exports.runCli ?? null;
}

/**
 * Each build of Athanor (each install) has its own cache file per command:
 * when one is written, the command's files of other builds go, but for the
 * newest few (two projects on two versions keep theirs).
 */
function pruneOtherBuilds(dir: string, suffix: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.startsWith("cli-") && f.endsWith(suffix))
    .map((f) => ({ path: join(dir, f), mtime: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of files.slice(KEPT_BUILDS)) unlinkSync(old.path);
}

const KEPT_BUILDS = 3;

async function main(): Promise<void> {
  const runCli = (await loadCached()) ?? (await import("./run-cli.js")).runCli;
  await runCli(argv);
}

void main();
