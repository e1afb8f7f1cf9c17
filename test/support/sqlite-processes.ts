/**
 * Other processes on a SQLite file, as production has them: an application
 * inserting rows in a loop, a connection holding a read, write or exclusive
 * transaction open. Each is a real process (better-sqlite3 in a child Node),
 * so SQLite's file locks work between it and Athanor exactly as they do
 * between two services.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";

const BETTER_SQLITE3 = createRequire(import.meta.url).resolve("better-sqlite3");

function start(script: string): ChildProcess {
  return spawn(process.execPath, ["-e", `const Database = require(${JSON.stringify(BETTER_SQLITE3)});\n${script}`], { stdio: ["ignore", "pipe", "pipe"] });
}

/** Resolves with the child's first stdout line; rejects (with its stderr) if it ends first. */
function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr?.on("data", (d) => (err += d));
    const onData = (d: Buffer) => {
      out += d;
      const nl = out.indexOf("\n");
      if (nl >= 0) {
        child.stdout?.off("data", onData);
        resolve(out.slice(0, nl));
      }
    };
    child.stdout?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`the helper process ended (exit ${code}) before it was ready: ${err}`)));
  });
}

function ended(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

export interface HeldTransaction {
  /** Ends the transaction (COMMIT) and the process. */
  release(): Promise<void>;
}

/**
 * A process holding a transaction on `file`: `read` (BEGIN and a SELECT: a
 * snapshot in WAL mode, a SHARED lock otherwise), `write` (BEGIN IMMEDIATE) or
 * `exclusive` (BEGIN EXCLUSIVE: in rollback-journal mode it keeps readers out
 * too). With `releaseAfterMs`, it commits by itself after that long.
 */
export async function holdTransaction(file: string, kind: "read" | "write" | "exclusive", opts: { releaseAfterMs?: number } = {}): Promise<HeldTransaction> {
  const begin = kind === "read" ? `db.exec("BEGIN"); db.prepare("SELECT count(*) FROM sqlite_master").get();` : `db.exec("BEGIN ${kind === "write" ? "IMMEDIATE" : "EXCLUSIVE"}");`;
  const child = start(`const db = new Database(${JSON.stringify(file)}, { timeout: 10000 });
${begin}
const end = () => { db.exec("COMMIT"); db.close(); process.exit(0); };
process.on("SIGTERM", end);
${opts.releaseAfterMs !== undefined ? `setTimeout(end, ${opts.releaseAfterMs});` : "setInterval(() => {}, 1000);"}
console.log("held");`);
  await firstLine(child);
  return {
    async release() {
      child.kill("SIGTERM");
      await ended(child);
    },
  };
}

export interface AppWriter {
  /** Stops the loop; the ids of every row the application inserted (committed), and the errors it met. */
  stop(): Promise<{ ids: number[]; errors: string[] }>;
}

/**
 * The application: inserts `{ payload }` rows into `table` in a loop, each
 * in its own transaction, through one prepared statement, with foreign keys
 * on and a 10 s busy timeout (it waits while a migration holds the write
 * lock). Resolves once its first row is in.
 */
export async function startAppWriter(file: string, table: string): Promise<AppWriter> {
  const child = start(`const db = new Database(${JSON.stringify(file)}, { timeout: 10000 });
db.pragma("foreign_keys = ON");
const ids = []; const errors = []; let stop = false;
process.on("SIGTERM", () => { stop = true; });
// prepared once, as an application does: SQLite prepares it again by itself when a rebuild changes the table
const statement = db.prepare(${JSON.stringify(`INSERT INTO "${table}" (payload) VALUES (?)`)});
const insert = () => statement.run("app-" + ids.length);
function loop() {
  if (stop) { db.close(); process.stdout.write(JSON.stringify({ ids, errors }) + "\\n", () => process.exit(0)); return; }
  try { ids.push(Number(insert().lastInsertRowid)); } catch (e) { errors.push(e.code + ": " + e.message); }
  if (ids.length === 1 && errors.length === 0) console.log("ready");
  setImmediate(loop);
}
loop();`);
  await firstLine(child);
  let out = "";
  child.stdout?.on("data", (d) => (out += d));
  return {
    async stop() {
      child.kill("SIGTERM");
      await ended(child);
      return JSON.parse(out.trim().split("\n").pop() ?? "{}") as { ids: number[]; errors: string[] };
    },
  };
}
