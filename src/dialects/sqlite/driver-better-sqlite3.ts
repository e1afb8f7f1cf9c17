/**
 * SQLite through better-sqlite3 (12.x: 13.x needs Node 22), an optional
 * dependency imported only when a `sqlite:` URL is used. A missing file is
 * created, with its folder, when a command writes (upgrade, stamp); a
 * read-only one (current, check) gets an empty in-memory database instead.
 */
import { accessSync, constants, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { AthanorError } from "../../errors.js";
import type { ConnectOptions, DatabaseConnection, Driver } from "../dialect.js";
import { makeDirectory, missingDirectories } from "../../util/make-directory.js";
import { loadOptionalModule } from "../load-module.js";
import type { BetterSqliteDatabase, BetterSqliteModule } from "./better-sqlite3-types.js";
import { SqliteConnection } from "./connection.js";
import { sqliteSessionSettings } from "./session-settings.js";
import { MEMORY, parseSqliteUrl, resolveSqlitePaths } from "./urls.js";

export const SQLITE_PACKAGE = "better-sqlite3";

let loaded: Promise<BetterSqliteModule> | undefined;

/** better-sqlite3, imported once (the session and the write lock share it). */
export function loadDriver(): Promise<BetterSqliteModule> {
  loaded ??= loadOptionalModule<BetterSqliteModule>(SQLITE_PACKAGE, "A sqlite: database URL", { commonJs: true });
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

let addon: string | null | undefined;

/**
 * The compiled addon of the better-sqlite3 that loadDriver imported, where an
 * install puts it; null to let better-sqlite3 look for it itself (with the
 * `bindings` package, which builds an Error to learn its caller's file and
 * tries a dozen paths: a few milliseconds of every start).
 */
function addonPath(): string | null {
  if (addon !== undefined) return addon;
  addon = null;
  // the same order as loadOptionalModule: as seen from Athanor, then from the project
  for (const from of [import.meta.url, join(process.cwd(), "package.json")]) {
    let entry: string;
    try {
      entry = createRequire(from).resolve(SQLITE_PACKAGE);
    } catch {
      continue;
    }
    const file = join(dirname(entry), "..", "build", "Release", "better_sqlite3.node");
    if (existsSync(file)) addon = file;
    break;
  }
  return addon;
}

/** Options for better-sqlite3's Database, with the addon's path when known (every Database opened must say it: the lookup is per call). */
export function databaseOptions<T extends object>(options: T): T & { nativeBinding?: string } {
  const nativeBinding = addonPath();
  return nativeBinding ? { ...options, nativeBinding } : options;
}

/**
 * better-sqlite3 installed without a usable compiled addon: its install script
 * never ran (npm 12 runs a dependency's install script only when the project's
 * package.json `allowScripts` approves it), or it does not load (built for
 * another Node.js, damaged). Null for any other failure.
 */
export function addonError(e: unknown): AthanorError | null {
  const message = (e as Error)?.message ?? "";
  const notBuilt = message.includes("Could not locate the bindings file");
  if (!notBuilt && (e as { code?: unknown })?.code !== "ERR_DLOPEN_FAILED") return null;
  const why = notBuilt
    ? "its native addon was never built (its install script did not run: npm 12 runs it only when package.json's allowScripts approves it)"
    : `its native addon does not load in Node.js ${process.version} (${message.split("\n")[0]})`;
  return new AthanorError(
    "DRIVER.MISSING",
    `${SQLITE_PACKAGE} is installed but ${why}. Run: npm approve-scripts ${SQLITE_PACKAGE} && npm rebuild ${SQLITE_PACKAGE}`,
  );
}

/** A failure opening the file, with SQLite's own code kept (the classifier reads it). */
function openError(path: string, e: unknown): AthanorError {
  const driver = addonError(e);
  if (driver) return driver;
  const code = (e as { code?: unknown })?.code;
  return new AthanorError("CONNECT.FAILED", `could not open the SQLite database ${path}: ${(e as Error)?.message ?? String(e)}${whyNotCreated(path)}`, {
    cause: { code: typeof code === "string" ? code : "SQLITE_CANTOPEN" },
  });
}

/** SQLite's "unable to open database file" says nothing of why: a missing file in a folder this user can't write to. */
function whyNotCreated(path: string): string {
  if (existsSync(path)) return "";
  try {
    accessSync(dirname(path), constants.W_OK);
    return "";
  } catch {
    return ` (the file does not exist, and this user can't create files in the folder ${dirname(path)})`;
  }
}

function makeFolder(path: string): void {
  try {
    makeDirectory(dirname(path));
  } catch (e) {
    throw openError(path, e);
  }
}

/** A file's folder that can never be made (a parent is a file): the error opening it for writing gives. */
function refuseImpossibleFolder(path: string): void {
  try {
    missingDirectories(dirname(path));
  } catch (e) {
    throw openError(path, e);
  }
}

/**
 * Opens a better-sqlite3 Database for a URL (session settings not applied).
 * `createMissing: false`: a file that does not exist is not created; an empty
 * in-memory database stands in for it.
 */
export async function openSqliteDatabase(url: string, createMissing = true): Promise<BetterSqliteDatabase> {
  const mod = await loadDriver();
  const target = parseSqliteUrl(url);
  const missing = target.kind === "file" && !createMissing && !existsSync(target.path);
  const filename = target.kind === "memory" || missing ? MEMORY : target.path;
  if (target.kind === "file" && !missing) makeFolder(target.path);
  if (missing) refuseImpossibleFolder(target.path);
  try {
    return new mod.default(filename, databaseOptions({}));
  } catch (e) {
    throw openError(filename, e);
  }
}

export const betterSqlite3Driver: Driver = {
  protocols: ["sqlite:"],
  inProcess: true,
  opaqueUrls: true,
  urlExamples: ["sqlite:./app.db", "sqlite::memory:"],
  scratchUrl: "sqlite::memory:",
  resolvePaths: resolveSqlitePaths,
  packageName: SQLITE_PACKAGE,

  async load() {
    await loadDriver();
  },

  async connect(options: ConnectOptions): Promise<DatabaseConnection> {
    const db = await openSqliteDatabase(options.url, options.createMissing !== false);
    const conn = new SqliteConnection(db, true);
    try {
      if (!options.settingsAppliedByCaller) for (const stmt of sqliteSessionSettings(options.settings ?? {})) await conn.exec(stmt.sql);
    } catch (e) {
      await conn.close();
      throw e;
    }
    return conn;
  },
};
