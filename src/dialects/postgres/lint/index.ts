/**
 * What PostgreSQL offers `athanor lint`: its own rules, and its SQL parser
 * (npm libpg-query: the server's parser compiled to WebAssembly, loaded only
 * here, only by `lint`).
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { DialectLint, SqlReader } from "../../../lint/types.js";
import { importModule } from "../../../util/dynamic-import.js";
import { POSTGRES_RULES } from "./rules/index.js";
import { type PgQuery, postgresSqlReader } from "./sql-reader.js";

export const PARSER_PACKAGE = "libpg-query";

type PgQueryModule = PgQuery & { loadModule?(): Promise<void> };

function missing(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
}

/** libpg-query as seen from Athanor, else from the project (or NODE_PATH); null when not installed. */
async function importParser(): Promise<PgQueryModule | null> {
  const pick = (m: Record<string, unknown>): PgQueryModule => (typeof m.parseSync === "function" ? m : (m.default as Record<string, unknown>)) as unknown as PgQueryModule;
  try {
    return pick(await importModule(PARSER_PACKAGE));
  } catch (e) {
    if (!missing(e)) throw e;
  }
  try {
    const resolved = createRequire(join(process.cwd(), "package.json")).resolve(PARSER_PACKAGE);
    return pick(await importModule(pathToFileURL(resolved).href));
  } catch (e) {
    if (!missing(e)) throw e;
  }
  return null;
}

let loaded: Promise<SqlReader | string> | undefined;

export const postgresLint: DialectLint = {
  rules: POSTGRES_RULES,
  sqlReader() {
    loaded ??= importParser().then(async (pg) => {
      if (!pg) return `the SQL of op.execute is only split into statements, not parsed: install the npm package "${PARSER_PACKAGE}" (PostgreSQL's parser) to lint it`;
      await pg.loadModule?.();
      return postgresSqlReader(pg);
    });
    return loaded;
  },
};
