/**
 * A throwaway PostgreSQL cluster for start-up tests: `initdb` into a temporary
 * folder, started and stopped with `pg_ctl` on a spare port of 127.0.0.1, so a
 * test can make the database come up late, or require a password. initdb
 * refuses to run as root, so as root the commands run as the `postgres` user
 * (the folder is given to that user). `destroy()` stops the server and removes
 * the folder; it also runs when the process exits, whatever happened.
 */
import { spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
export const CLUSTER_USER = "postgres";
/** The newest PostgreSQL server binaries on this machine, or null. */
export function postgresBinDir() {
    const root = "/usr/lib/postgresql";
    if (!existsSync(root))
        return null;
    const versions = readdirSync(root)
        .filter((v) => existsSync(join(root, v, "bin", "initdb")) && existsSync(join(root, v, "bin", "pg_ctl")))
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
    return versions[0] ? join(root, versions[0], "bin") : null;
}
/** Why a throwaway cluster cannot be made here, or null. */
export function clusterUnavailable() {
    if (!postgresBinDir())
        return "no initdb/pg_ctl under /usr/lib/postgresql/*/bin";
    if (process.getuid?.() === 0 && spawnSync("id", ["-u", CLUSTER_USER]).status !== 0)
        return `running as root and there is no '${CLUSTER_USER}' user to run initdb as`;
    return null;
}
/** `{ skip }` when no cluster can be made; under CI=true that is a failure instead. */
export function requireCluster() {
    const reason = clusterUnavailable();
    if (!reason)
        return {};
    if (process.env.CI === "true" || process.env.CI === "1")
        throw new Error(`CI=true and ${reason}`);
    return { skip: reason };
}
/** A TCP port of 127.0.0.1 that nothing listens on right now. */
export function sparePort() {
    return new Promise((resolve, reject) => {
        const srv = createServer();
        srv.once("error", reject);
        srv.listen(0, "127.0.0.1", () => {
            const addr = srv.address();
            const port = typeof addr === "object" && addr ? addr.port : 0;
            srv.close(() => resolve(port));
        });
    });
}
const live = new Set();
process.once("exit", () => {
    for (const c of live)
        c.destroySync();
});
// Interrupted (Ctrl-C, a runner stopping the file): the server runs detached, so stop it here too.
for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
        for (const c of live)
            c.destroySync();
        process.exit(signal === "SIGINT" ? 130 : 143);
    });
}
export class ThrowawayCluster {
    bin;
    port;
    password;
    dir;
    dataDir;
    logFile;
    #running = false;
    constructor(bin, port, password) {
        this.bin = bin;
        this.port = port;
        this.password = password;
        this.dir = mkdtempSync(join(tmpdir(), "athanor-cluster-"));
        this.dataDir = join(this.dir, "data");
        this.logFile = join(this.dir, "server.log");
        live.add(this);
    }
    /** initdb (not started). With `password`, every connection must give it (scram-sha-256). */
    static async create(opts = {}) {
        const bin = postgresBinDir();
        if (!bin)
            throw new Error("no PostgreSQL server binaries");
        const c = new ThrowawayCluster(bin, await sparePort(), opts.password ?? null);
        try {
            c.#giveToUser(c.dir);
            const args = ["-D", c.dataDir, "-U", "postgres", "-E", "UTF8", "--no-sync", "--no-instructions"];
            if (c.password !== null) {
                const pwfile = join(c.dir, "pwfile");
                writeFileSync(pwfile, `${c.password}\n`, { mode: 0o600 });
                c.#giveToUser(pwfile);
                args.push("--auth=scram-sha-256", `--pwfile=${pwfile}`);
            }
            else {
                args.push("--auth=trust");
            }
            c.#run("initdb", args);
            rmSync(join(c.dir, "pwfile"), { force: true });
            return c;
        }
        catch (e) {
            c.destroySync();
            throw e;
        }
    }
    /** `postgresql://postgres[:password]@127.0.0.1:<port>/<database>`. */
    url(opts = {}) {
        const pw = opts.password === undefined ? this.password : opts.password;
        const auth = pw === null ? "postgres" : `postgres:${encodeURIComponent(pw)}`;
        return `postgresql://${auth}@127.0.0.1:${this.port}/${opts.database ?? "postgres"}`;
    }
    /** Starts the server and waits until it accepts connections (the event loop keeps running meanwhile). */
    async start() {
        const options = [
            `-p ${this.port}`,
            "-c listen_addresses=127.0.0.1",
            `-c unix_socket_directories=${this.dir}`,
            "-c fsync=off",
            "-c max_connections=40",
        ].join(" ");
        this.#running = true;
        await this.#runAsync("pg_ctl", ["-D", this.dataDir, "-l", this.logFile, "-o", options, "-w", "-t", "60", "start"]);
    }
    /** Stops the server at once (no checkpoint: the data is throwaway). */
    async stop() {
        if (!this.#running)
            return;
        this.#running = false;
        await this.#runAsync("pg_ctl", ["-D", this.dataDir, "-m", "immediate", "-w", "-t", "60", "stop"]);
    }
    /** Stops the server if it runs and removes the folder. Safe to call twice. */
    destroySync() {
        try {
            if (existsSync(join(this.dataDir, "postmaster.pid"))) {
                this.#run("pg_ctl", ["-D", this.dataDir, "-m", "immediate", "-w", "-t", "60", "stop"], true);
            }
        }
        finally {
            this.#running = false;
            rmSync(this.dir, { recursive: true, force: true });
            live.delete(this);
        }
    }
    /** The server's log (for failure messages and for checking what reached it). */
    log() {
        try {
            return readFileSync(this.logFile, "utf8");
        }
        catch {
            return "";
        }
    }
    #giveToUser(path) {
        if (process.getuid?.() !== 0)
            return;
        const uid = Number(spawnSync("id", ["-u", CLUSTER_USER], { encoding: "utf8" }).stdout.trim());
        const gid = Number(spawnSync("id", ["-g", CLUSTER_USER], { encoding: "utf8" }).stdout.trim());
        chownSync(path, uid, gid);
    }
    #command(tool, args) {
        const exe = join(this.bin, tool);
        return process.getuid?.() === 0 ? ["runuser", ["-u", CLUSTER_USER, "--", exe, ...args]] : [exe, args];
    }
    #run(tool, args, tolerant = false) {
        const [exe, argv] = this.#command(tool, args);
        const r = spawnSync(exe, argv, { encoding: "utf8", cwd: this.dir });
        if (r.status !== 0 && !tolerant) {
            throw new Error(`${tool} ${args.join(" ")} failed (${r.status}): ${r.stderr || r.stdout}\n${this.log()}`);
        }
    }
    #runAsync(tool, args) {
        const [exe, argv] = this.#command(tool, args);
        return new Promise((resolve, reject) => {
            const child = spawn(exe, argv, { cwd: this.dir, stdio: ["ignore", "pipe", "pipe"] });
            let output = "";
            child.stdout.setEncoding("utf8").on("data", (d) => (output += d));
            child.stderr.setEncoding("utf8").on("data", (d) => (output += d));
            child.once("error", reject);
            child.once("close", (code) => code === 0 ? resolve() : reject(new Error(`${tool} ${args.join(" ")} failed (${code}): ${output}\n${this.log()}`)));
        });
    }
}
