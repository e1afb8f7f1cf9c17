/**
 * PGlite (embedded PostgreSQL) in a temporary directory, `pglite:<dir>`.
 * A new directory costs an initdb (seconds in WASM), so one is made per test
 * process and copied for each case group. There is no command-line client:
 * offline scripts are not applied (the case is skipped, saying so).
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pgliteDriver, postgresDialect } from "../../../src/dialects/postgres/index.js";
import type { ConformanceTarget } from "../target.js";
import { comparePostgresModels, dumpPostgresSchema, POSTGRES_CAPABILITIES } from "./postgres-family.js";

let root: string | undefined;
let template: Promise<string> | undefined;
let count = 0;

function tempRoot(): string {
  if (root === undefined) {
    const made = mkdtempSync(join(tmpdir(), "athanor-conf-pglite-"));
    root = made;
    process.on("exit", () => rmSync(made, { recursive: true, force: true }));
  }
  return root;
}

/** An initialised, closed data directory to copy. */
function templateDir(): Promise<string> {
  template ??= (async () => {
    const dir = join(tempRoot(), "template");
    const conn = await pgliteDriver.connect({ url: `pglite:${dir}` });
    await conn.query("select 1");
    await conn.close();
    return dir;
  })();
  return template;
}

export const pgliteTarget: ConformanceTarget = {
  name: "PGlite",
  dialect: postgresDialect,
  capabilities: POSTGRES_CAPABILITIES,
  async unavailable() {
    try {
      await import("@electric-sql/pglite");
      return null;
    } catch (e) {
      return `@electric-sql/pglite cannot be loaded: ${(e as Error).message}`;
    }
  },
  async createDatabase() {
    const dir = join(tempRoot(), `db${++count}`);
    cpSync(await templateDir(), dir, { recursive: true });
    const url = `pglite:${dir}`;
    return {
      url,
      connect: () => pgliteDriver.connect({ url }),
      async drop() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  nativeClient: null,
  nativeClientAbsent: "PGlite has no command-line client to apply an offline script with",
  dumpSchema: dumpPostgresSchema,
  compareModels: comparePostgresModels,
};
