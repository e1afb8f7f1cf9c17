/**
 * PGlite driver (PostgreSQL compiled to WASM, in process). URLs:
 *
 * - `pglite:memory` — the process-wide in-memory database;
 * - `pglite:memory:<name>` — a separate, named in-memory database;
 * - `pglite:./dir`, `pglite:/abs/dir`, `pglite://./dir` — file-backed, created if missing.
 *
 * PGlite is a single session. Connections to the same database share one
 * instance: calls are serialised, and while one connection has a transaction
 * open the others wait until it ends. The instance is closed when its last
 * connection closes (an in-memory database is then gone).
 */
import { mkdirSync, statSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { AthanorError } from "../../errors.js";
import { isPlainObject } from "../../schema/value.js";
import { loadOptionalModule } from "../load-module.js";
import { lockPgliteDir } from "./pglite-dir-lock.js";
import { applySessionSettings } from "./session-settings.js";
const INT8_OID = 20;
/** Where a `pglite:` URL points. Relative directories resolve against the current directory. */
export function parsePgliteUrl(url) {
    if (!/^pglite:/i.test(url))
        throw new AthanorError("DIALECT.INVALID_URL", `not a pglite: URL: ${url}`);
    let rest = url.slice("pglite:".length);
    if (rest.startsWith("//"))
        rest = rest.slice(2);
    if (rest === "" || rest === "memory" || rest === "memory:")
        return { kind: "memory", name: "" };
    const named = /^memory:(.+)$/.exec(rest);
    if (named)
        return { kind: "memory", name: named[1] };
    return { kind: "dir", path: resolve(rest) };
}
/** `pglite:./data` is relative to the folder that named it (the config's, or the current one): made absolute. */
export function resolvePglitePaths(url, base) {
    const m = /^pglite:(?!memory$)(?!\/\/)(.+)$/i.exec(url.trim());
    if (!m?.[1] || isAbsolute(m[1]))
        return url;
    return `pglite:${resolve(base, m[1])}`;
}
function targetKey(target) {
    return target.kind === "memory" ? `memory:${target.name}` : `dir:${target.path}`;
}
/** Serialises access to one PGlite instance shared by several connections. */
class SharedInstance {
    db;
    refs = 0;
    /** Releases the cross-process directory lock (file-backed databases). */
    unlock = () => { };
    #busy = false;
    #owner = null;
    #waiters = [];
    constructor(db) {
        this.db = db;
    }
    async run(who, fn) {
        while (this.#busy || (this.#owner !== null && this.#owner !== who))
            await new Promise((r) => this.#waiters.push(r));
        this.#busy = true;
        try {
            return await fn(this.db);
        }
        finally {
            this.#owner = this.db.isInTransaction() ? who : null;
            this.#busy = false;
            const waiters = this.#waiters;
            this.#waiters = [];
            for (const wake of waiters)
                wake();
        }
    }
    ownedBy(who) {
        return this.#owner === who;
    }
}
const instances = new Map();
async function openInstance(target) {
    const mod = await loadOptionalModule("@electric-sql/pglite", "A pglite: database URL");
    const options = { parsers: { [INT8_OID]: (v) => v } };
    let db;
    let unlock = () => { };
    if (target.kind === "dir") {
        makeDirectory(target.path);
        unlock = await lockPgliteDir(target.path);
        db = new mod.PGlite({ ...options, dataDir: target.path });
    }
    else {
        db = new mod.PGlite(options);
    }
    try {
        await db.waitReady;
    }
    catch (e) {
        unlock();
        const where = target.kind === "dir" ? target.path : "memory";
        throw new AthanorError("CONNECT.FAILED", `could not open PGlite database (${where}): ${e.message}`);
    }
    const shared = new SharedInstance(db);
    shared.unlock = unlock;
    return shared;
}
/**
 * Creates the data directory and its missing parents, one level at a time.
 * Not `mkdirSync(path, { recursive: true })`: on a path the kernel refuses
 * with ENOENT although its parent exists (`/proc/x`), Node 20's recursive
 * mkdir retries forever at 100 % CPU.
 */
function makeDirectory(path) {
    const fail = (why) => {
        throw new AthanorError("CONNECT.FAILED", `cannot create the PGlite directory ${path}: ${why}`);
    };
    const missing = [];
    let p = path;
    for (;;) {
        let isDirectory = null;
        try {
            isDirectory = statSync(p).isDirectory();
        }
        catch (e) {
            // ENOTDIR: a parent is a file; going up finds it and says so
            const code = e.code;
            if (code !== "ENOENT" && code !== "ENOTDIR")
                fail(e.message);
        }
        if (isDirectory === false)
            fail(`${p} is not a directory`);
        if (isDirectory)
            break;
        missing.push(p);
        const parent = dirname(p);
        if (parent === p)
            break;
        p = parent;
    }
    for (const dir of missing.reverse()) {
        try {
            mkdirSync(dir);
        }
        catch (e) {
            if (e.code !== "EEXIST")
                fail(e.message);
        }
    }
}
/** Bound values the way node-postgres sends them: plain objects as JSON text. */
function prepareParams(params) {
    return params?.map((p) => (isPlainObject(p) ? JSON.stringify(p) : p));
}
class PgliteConnection {
    embedded = true;
    #shared;
    #key;
    #closed = false;
    constructor(shared, key) {
        this.#shared = shared;
        this.#key = key;
    }
    #check() {
        if (this.#closed)
            throw new AthanorError("DB.CLOSED", "the database connection is closed");
    }
    async query(sql, params) {
        this.#check();
        const res = await this.#shared.run(this, (db) => db.query(sql, prepareParams(params)));
        const rows = res.rows ?? [];
        return { rows, rowCount: res.affectedRows || rows.length };
    }
    async exec(sql) {
        this.#check();
        await this.#shared.run(this, (db) => db.exec(sql));
    }
    async close() {
        if (this.#closed)
            return;
        this.#closed = true;
        const shared = this.#shared;
        if (shared.ownedBy(this)) {
            // Like a server session ending: an open transaction is rolled back.
            await shared.run(this, (db) => db.exec("ROLLBACK")).catch(() => { });
        }
        shared.refs--;
        if (shared.refs === 0) {
            instances.delete(this.#key);
            await shared.db.close().catch(() => { });
            shared.unlock();
        }
    }
}
export const pgliteDriver = {
    protocols: ["pglite:"],
    inProcess: true,
    opaqueUrls: true,
    urlExamples: ["pglite:memory", "pglite:./.pglite"],
    scratchUrl: "pglite:memory",
    resolvePaths: resolvePglitePaths,
    packageName: "@electric-sql/pglite",
    async connect(options) {
        const target = parsePgliteUrl(options.url);
        const key = targetKey(target);
        let opening = instances.get(key);
        if (!opening) {
            opening = openInstance(target);
            instances.set(key, opening);
            opening.catch(() => instances.delete(key));
        }
        const shared = await opening;
        shared.refs++;
        return applySessionSettings(new PgliteConnection(shared, key), options.settings);
    },
};
