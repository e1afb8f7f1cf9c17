/**
 * Imports a user module (config, revision, models). Plain JavaScript goes
 * through Node's own `import()`; TypeScript goes through jiti, which is loaded
 * only then (it costs ~40 ms to start) and keeps a transpile cache on disk.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";

type Jiti = { import<T = unknown>(id: string, opts?: { default?: boolean }): Promise<T> };
let jitiInstance: Jiti | undefined;

async function jiti(): Promise<Jiti> {
  if (!jitiInstance) {
    const { createJiti } = await import("jiti");
    jitiInstance = createJiti(import.meta.url, {
      interopDefault: true,
      moduleCache: false,
      fsCache: true,
      // Config and revision files import from "athanor"; resolve that to this
      // very package, so it works under npx or a global install too.
      alias: { athanor: fileURLToPath(new URL("../index.js", import.meta.url)) },
    }) as unknown as Jiti;
  }
  return jitiInstance;
}

const TS = /\.(c|m)?tsx?$/;

/** Imports a module by absolute path and returns its namespace object. */
export async function loadModule(absPath: string): Promise<Record<string, unknown>> {
  if (absPath.endsWith(".json")) {
    return { default: JSON.parse(await readFile(absPath, "utf8")) as unknown };
  }
  if (TS.test(absPath)) {
    return (await (await jiti()).import<Record<string, unknown>>(absPath)) ?? {};
  }
  try {
    return (await import(pathToFileURL(absPath).href)) as Record<string, unknown>;
  } catch (e) {
    // ESM syntax in a `.js` file of a package without "type": "module".
    if (absPath.endsWith(".js") && e instanceof SyntaxError && /import statement|export|Unexpected token/.test(e.message)) {
      return (await (await jiti()).import<Record<string, unknown>>(absPath)) ?? {};
    }
    throw e;
  }
}
