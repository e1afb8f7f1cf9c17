/**
 * PGlite driver (PostgreSQL compiled to WASM, in process). URLs:
 *
 * - `pglite:memory` — the process-wide in-memory database;
 * - `pglite:memory:<name>` — a separate, named in-memory database;
 * - `pglite:./dir`, `pglite:/abs/dir`, `pglite://./dir` — file-backed, created if missing (but for a command
 *   that only reads, `createMissing: false`: it sees an empty in-memory database and leaves no folder behind).
 *
 * PGlite is a single session. Connections to the same database share one
 * instance: calls are serialised, and while one connection has a transaction
 * open the others wait until it ends. The instance is closed when its last
 * connection closes (an in-memory database is then gone).
 */
import { existsSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import type { PGlite, PGliteOptions } from "@electric-sql/pglite";
import { AthanorError } from "../../errors.js";
import { isPlainObject } from "../../schema/value.js";
import { makeDirectory, missingDirectories } from "../../util/make-directory.js";
import type { ConnectOptions, DatabaseConnection, Driver, QueryResult } from "../dialect.js";
import { loadOptionalModule } from "../load-module.js";
import { lockPgliteDir } from "./pglite-dir-lock.js";
import { applySessionSettings } from "./session-settings.js";
import { processWide } from "../../util/process-wide.js";

type PgliteModule = { PGlite: new (options?: PGliteOptions) => PGlite };

export type PgliteTarget = { readonly kind: "memory"; readonly name: string } | { readonly kind: "dir"; readonly path: string };

const INT8_OID = 20;

/** Where a `pglite:` URL points. Relative directories resolve against the current directory. */
export function parsePgliteUrl(url: string): PgliteTarget {
  if (!/^pglite:/i.test(url)) throw new AthanorError("DIALECT.INVALID_URL", `not a pglite: URL: ${url}`);
  let rest = url.slice("pglite:".length);
  if (rest.startsWith("//")) rest = rest.slice(2);
  if (rest === "" || rest === "memory" || rest === "memory:") return { kind: "memory", name: "" };
  const named = /^memory:(.+)$/.exec(rest);
  if (named) return { kind: "memory", name: named[1] as string };
  return { kind: "dir", path: resolve(rest) };
}

/** `pglite:./data` is relative to the folder that named it (the config's, or the current one): made absolute. */
export function resolvePglitePaths(url: string, base: string): string {
  const m = /^pglite:(?!memory$)(?!\/\/)(.+)$/i.exec(url.trim());
  if (!m?.[1] || isAbsolute(m[1])) return url;
  return `pglite:${resolve(base, m[1])}`;
}

function targetKey(target: PgliteTarget): string {
  return target.kind === "memory" ? `memory:${target.name}` : `dir:${target.path}`;
}

/** Serialises access to one PGlite instance shared by several connections. */
class SharedInstance {
  readonly db: PGlite;
  refs = 0;
  /** Releases the cross-process directory lock (file-backed databases). */
  unlock: () => void = () => {};
  #busy = false;
  #owner: object | null = null;
  #waiters: Array<() => void> = [];

  constructor(db: PGlite) {
    this.db = db;
  }

  async run<T>(who: object, fn: (db: PGlite) => Promise<T>): Promise<T> {
    while (this.#busy || (this.#owner !== null && this.#owner !== who)) await new Promise<void>((r) => this.#waiters.push(r));
    this.#busy = true;
    try {
      return await fn(this.db);
    } finally {
      this.#owner = this.db.isInTransaction() ? who : null;
      this.#busy = false;
      const waiters = this.#waiters;
      this.#waiters = [];
      for (const wake of waiters) wake();
    }
  }

  ownedBy(who: object): boolean {
    return this.#owner === who;
  }
}

/**
 * Open databases by target, on globalThis: the ES and the CommonJS copy of the
 * library in one process (an application that both imports and requires
 * Athanor) share one instance per database, as two connections of one copy
 * do, instead of the second failing on the first's directory lock.
 */
const instances = processWide("pgliteInstances", () => new Map<string, Promise<SharedInstance>>());

async function openInstance(target: PgliteTarget, signal: AbortSignal | undefined, lockWait: ConnectOptions["lockWait"]): Promise<SharedInstance> {
  const mod = await loadOptionalModule<PgliteModule>("@electric-sql/pglite", "A pglite: database URL");
  const options: PGliteOptions = { parsers: { [INT8_OID]: (v: string) => v } };
  let db: PGlite;
  let unlock = () => {};
  if (target.kind === "dir") {
    makePgliteDirectory(target.path);
    unlock = await lockPgliteDir(target.path, lockWait?.timeoutMs, signal, lockWait?.log);
    db = new mod.PGlite({ ...options, dataDir: target.path });
  } else {
    db = new mod.PGlite(options);
  }
  try {
    await db.waitReady;
  } catch (e) {
    unlock();
    const where = target.kind === "dir" ? target.path : "memory";
    throw new AthanorError("CONNECT.FAILED", `could not open PGlite database (${where}): ${(e as Error).message}`);
  }
  const shared = new SharedInstance(db);
  shared.unlock = unlock;
  return shared;
}

/** Creates the data directory and its missing parents (src/util/make-directory.ts). */
function makePgliteDirectory(path: string): void {
  try {
    makeDirectory(path);
  } catch (e) {
    throw new AthanorError("CONNECT.FAILED", `cannot create the PGlite directory ${path}: ${(e as Error).message}`);
  }
}

/** A data directory that can never be made (a parent is a file): the error creating it gives. */
function refuseImpossibleDirectory(path: string): void {
  try {
    missingDirectories(path);
  } catch (e) {
    throw new AthanorError("CONNECT.FAILED", `cannot create the PGlite directory ${path}: ${(e as Error).message}`);
  }
}

/** Bound values the way node-postgres sends them: plain objects as JSON text. */
function prepareParams(params: readonly unknown[] | undefined): unknown[] | undefined {
  return params?.map((p) => (isPlainObject(p) ? JSON.stringify(p) : p));
}

class PgliteConnection implements DatabaseConnection {
  readonly dialect = "postgresql";
  readonly embedded = true;
  /** Every connection to this database talks through its one PGlite session. */
  readonly session: object;
  readonly #shared: SharedInstance;
  readonly #key: string;
  #closed = false;

  constructor(shared: SharedInstance, key: string) {
    this.#shared = shared;
    this.#key = key;
    this.session = shared;
  }

  #check(): void {
    if (this.#closed) throw new AthanorError("DB.CLOSED", "the database connection is closed");
  }

  async query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    this.#check();
    const res = await this.#shared.run(this, (db) => db.query<R>(sql, prepareParams(params)));
    const rows = res.rows ?? [];
    return { rows, rowCount: res.affectedRows || rows.length };
  }

  async exec(sql: string): Promise<void> {
    this.#check();
    await this.#shared.run(this, (db) => db.exec(sql));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const shared = this.#shared;
    if (shared.ownedBy(this)) {
      // Like a server session ending: an open transaction is rolled back.
      await shared.run(this, (db) => db.exec("ROLLBACK")).catch(() => {});
    }
    shared.refs--;
    if (shared.refs === 0) {
      instances.delete(this.#key);
      await shared.db.close().catch(() => {});
      shared.unlock();
    }
  }
}

export const pgliteDriver: Driver = {
  protocols: ["pglite:"],
  inProcess: true,
  opaqueUrls: true,
  urlExamples: ["pglite:memory", "pglite:./.pglite"],
  scratchUrl: "pglite:memory",
  resolvePaths: resolvePglitePaths,
  packageName: "@electric-sql/pglite",

  async connect(options: ConnectOptions): Promise<DatabaseConnection> {
    let target = parsePgliteUrl(options.url);
    // a data directory PGlite hasn't made (no PG_VERSION) is made on open: a command that only reads gets an empty
    // database of its own instead, so a mistyped URL leaves no stray folder for a later upgrade to fill
    if (target.kind === "dir" && options.createMissing === false && !existsSync(join(target.path, "PG_VERSION"))) {
      refuseImpossibleDirectory(target.path);
      target = { kind: "memory", name: `\0missing:${target.path}` };
    }
    const key = targetKey(target);
    let opening = instances.get(key);
    if (!opening) {
      opening = openInstance(target, options.signal, options.lockWait);
      instances.set(key, opening);
      opening.catch(() => instances.delete(key));
    }
    const shared = await opening;
    shared.refs++;
    return applySessionSettings(new PgliteConnection(shared, key), options.settings);
  },
};
