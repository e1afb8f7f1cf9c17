/**
 * SQLite URLs. A database is a file, so a URL is a path:
 *
 * - `sqlite:./data/app.db`, `sqlite:app.db`: relative to the project (the
 *   config file's folder, else the current one);
 * - `sqlite:/var/data/app.db`: absolute;
 * - `sqlite::memory:`: a private in-memory database (gone when closed);
 * - SQLAlchemy's forms: `sqlite:///relative.db`, `sqlite:////abs/app.db`,
 *   `sqlite://` and `sqlite:///:memory:` (in memory), with or without a
 *   `+driver` suffix (`sqlite+pysqlite:///app.db`).
 *
 * Host, port, user and password mean nothing for a file: SQLite has no
 * environment variables of its own, and DB_HOST & co never pick it.
 */
import { isAbsolute, resolve } from "node:path";
import { AthanorError } from "../../errors.js";
import type { DialectUrls, UrlComponents } from "../dialect.js";

export const MEMORY = ":memory:";

export type SqliteTarget = { readonly kind: "memory" } | { readonly kind: "file"; readonly path: string };

function invalid(url: string, why: string): AthanorError {
  return new AthanorError(
    "DIALECT.INVALID_URL",
    `invalid SQLite URL ${url}: ${why} (write sqlite:./app.db, sqlite:/abs/path/app.db or sqlite::memory:)`,
  );
}

/** The path part of a SQLite URL as written (relative paths stay relative), or `:memory:`. */
export function sqlitePathOf(url: string): string {
  const trimmed = url.trim();
  const m = /^sqlite(?:\+[a-z0-9_]+)?:(.*)$/is.exec(trimmed);
  if (!m) throw invalid(trimmed, "not a sqlite: URL");
  let rest = m[1] as string;
  const query = rest.indexOf("?");
  if (query >= 0) throw invalid(trimmed, "SQLite URLs take no query parameters");
  if (rest.startsWith("//")) {
    // SQLAlchemy: sqlite:// (memory), sqlite:///relative.db, sqlite:////absolute.db
    const afterSlashes = rest.slice(2);
    if (afterSlashes === "") return MEMORY;
    if (!afterSlashes.startsWith("/")) throw invalid(trimmed, "a SQLite database has no host; use sqlite:///relative.db or sqlite:////absolute.db");
    rest = afterSlashes.slice(1);
    if (rest === "") return MEMORY;
  }
  if (rest === MEMORY || rest === "memory:") return MEMORY;
  if (rest === "") throw invalid(trimmed, "no file path");
  try {
    rest = decodeURIComponent(rest);
  } catch {
    // a literal % in a file name
  }
  if (rest.includes("\u0000")) throw invalid(trimmed, "the path contains a NUL character");
  return rest;
}

/** Where a URL points; relative paths against the current directory (the registry makes them absolute against the config's folder first). */
export function parseSqliteUrl(url: string): SqliteTarget {
  const path = sqlitePathOf(url);
  return path === MEMORY ? { kind: "memory" } : { kind: "file", path: resolve(path) };
}

/** The canonical form: `sqlite:<path as written>` or `sqlite::memory:`. */
export function normalizeSqliteUrl(url: string): string {
  try {
    return `sqlite:${sqlitePathOf(url)}`;
  } catch {
    return url.trim();
  }
}

/** `sqlite:./app.db` is relative to the folder that named it (the config's, or the current one): made absolute. */
export function resolveSqlitePaths(url: string, base: string): string {
  let path: string;
  try {
    path = sqlitePathOf(url);
  } catch {
    return url;
  }
  if (path === MEMORY || isAbsolute(path)) return url;
  return `sqlite:${resolve(base, path)}`;
}

function fromComponents(_c: UrlComponents): string {
  // Never chosen by the registry (SQLite lists no variables, and is not the first built-in dialect).
  throw new AthanorError(
    "CONFIG.INVALID",
    "a SQLite database is a file: it cannot be built from DB_HOST/DB_NAME/...; set DATABASE_URL=sqlite:./app.db instead",
  );
}

export const sqliteUrls: DialectUrls = {
  normalize: normalizeSqliteUrl,
  environment: { host: [], port: [], user: [], password: [], database: [] },
  fromComponents,
};
