import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { AthanorError } from "../errors.js";
import { importModule } from "../util/dynamic-import.js";

function isMissing(e: unknown, name: string): boolean {
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err?.code === "string" ? err.code : "";
  const message = typeof err?.message === "string" ? err.message : "";
  return (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && message.includes(`'${name}'`);
}

export interface LoadOptions {
  /**
   * The package is CommonJS (pg, mysql2, better-sqlite3): load it with
   * `require`. `import()` of a CommonJS package also runs Node's lexer over
   * its source to find the named exports and builds an ES module around it,
   * a few milliseconds (mysql2: ~20) of every command that connects. The
   * result has the shape `import()` gives (`default` is `module.exports`), so
   * callers don't know which way it came. Without it (PGlite, an ES-module
   * package with a separate CommonJS build) the package is imported.
   */
  commonJs?: boolean;
}

async function load<T>(from: string, name: string, options: LoadOptions, importUrl: () => string): Promise<T> {
  if (options.commonJs) {
    try {
      const exports = createRequire(from)(name) as Record<string, unknown>;
      return { ...exports, default: exports } as T;
    } catch (e) {
      // a version of the package that became an ES module: imported below
      if ((e as { code?: unknown })?.code !== "ERR_REQUIRE_ESM") throw e;
    }
  }
  return await importModule<T>(importUrl());
}

/**
 * Imports an optional driver package: first as seen from Athanor itself,
 * then as seen from the user's project (the current directory). A missing
 * package becomes `DRIVER.MISSING` telling the user what to install.
 */
export async function loadOptionalModule<T>(name: string, purpose: string, options: LoadOptions = {}): Promise<T> {
  try {
    return await load<T>(import.meta.url, name, options, () => name);
  } catch (e) {
    if (!isMissing(e, name)) throw e;
  }
  const fromProject = join(process.cwd(), "package.json");
  try {
    return await load<T>(fromProject, name, options, () => pathToFileURL(createRequire(fromProject).resolve(name)).href);
  } catch (e) {
    if (!isMissing(e, name) && !(e as { code?: string })?.code?.includes("MODULE_NOT_FOUND")) throw e;
  }
  throw new AthanorError(
    "DRIVER.MISSING",
    `${purpose} needs the npm package "${name}", which is not installed. Run: npm install ${name}`,
  );
}
