/**
 * The dialects Athanor knows, and what is decided across them: the dialect
 * and driver for a URL (by its scheme), a URL's canonical form, a URL built
 * from environment variables, and which dialect adopts a connection object.
 * No dialect is special here: each declares its schemes (its drivers'
 * protocols), its variables and its URL forms.
 */
import { AthanorError } from "../errors.js";
import type { DatabaseConnection, Dialect, Driver, UrlComponents } from "./dialect.js";
import { maskUrl } from "./mask-url.js";
import { mysqlDialect } from "./mysql/index.js";
import { postgresDialect } from "./postgres/index.js";
import { sqliteDialect } from "./sqlite/index.js";

/** Built in, in order of preference: the first takes a URL built from the generic DB_* variables alone. */
const builtIn: readonly Dialect[] = [postgresDialect, mysqlDialect, sqliteDialect];
const dialects: Dialect[] = [...builtIn];

/**
 * The first built-in dialect: what reads SQL where no dialect is known yet
 * (an operation checked when it is built, before the runtime renders it).
 */
export function defaultDialect(): Dialect {
  return builtIn[0] as Dialect;
}

/** The dialect whose driver opened `conn` (DatabaseConnection.dialect), or null. */
export function dialectOfConnection(conn: { readonly dialect?: string } | null | undefined): Dialect | null {
  const name = conn?.dialect;
  return name === undefined ? null : (dialects.find((d) => d.name === name) ?? null);
}

/** Every dialect known, registered ones first. */
export function registeredDialects(): readonly Dialect[] {
  return dialects;
}

/** Adds a third-party dialect; its drivers' protocols take precedence over built-in ones. */
export function registerDialect(dialect: Dialect): void {
  if (!dialects.includes(dialect)) dialects.unshift(dialect);
}

/** URL forms accepted, for messages: `postgresql://`, ..., `pglite:`. */
export function supportedUrlSchemes(): string[] {
  const out: string[] = [];
  for (const d of dialects) for (const drv of d.drivers) for (const p of drv.protocols) out.push(drv.opaqueUrls ? p : `${p}//`);
  return out;
}

function urlExamples(): string[] {
  return dialects.flatMap((d) => d.drivers.flatMap((drv) => drv.urlExamples ?? []));
}

function schemeOf(url: string): string | null {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim());
  return m ? `${(m[1] as string).toLowerCase()}:` : null;
}

function find(scheme: string): { dialect: Dialect; driver: Driver } | null {
  for (const dialect of dialects)
    for (const driver of dialect.drivers) if (driver.protocols.some((p) => p.toLowerCase() === scheme)) return { dialect, driver };
  return null;
}

/** The dialect and driver of a URL's scheme, or null; `scheme+driver:` (SQLAlchemy's form) falls back to `scheme:`. */
function lookup(url: string): { dialect: Dialect; driver: Driver } | null {
  const scheme = schemeOf(url);
  if (!scheme) return null;
  const plus = scheme.indexOf("+");
  return find(scheme) ?? (plus > 0 ? find(`${scheme.slice(0, plus)}:`) : null);
}

export function dialectForUrl(url: string): { dialect: Dialect; driver: Driver } {
  const scheme = schemeOf(url);
  const found = scheme ? find(scheme) : null;
  if (found) return found;
  const shown = scheme ? `scheme "${scheme}"` : "no scheme";
  throw new AthanorError(
    "DIALECT.UNSUPPORTED_URL",
    `unsupported database URL (${shown}): ${maskUrl(url)}. Supported: ${supportedUrlSchemes().join(", ")} ` +
      `(e.g. ${urlExamples().join(", ")})`,
  );
}

/** The URL trimmed and in its dialect's canonical form (`postgresql+asyncpg://` → `postgresql://`); unknown schemes are only trimmed. */
export function normalizeUrl(url: string): string {
  return lookup(url)?.dialect.urls.normalize(url) ?? url.trim();
}

/** The URL with its relative file paths made absolute against `base`, for drivers whose URLs hold paths. */
export function resolveUrlPaths(url: string, base: string): string {
  return lookup(url)?.driver.resolvePaths?.(url, base) ?? url;
}

/** The generic variables, read before any dialect's own. */
const GENERIC: { readonly [K in keyof UrlComponents]-?: string } = {
  host: "DB_HOST",
  port: "DB_PORT",
  user: "DB_USER",
  password: "DB_PASSWORD",
  database: "DB_NAME",
};
const COMPONENTS = ["host", "port", "database", "user", "password"] as const;

export interface ComponentUrl {
  readonly url: string;
  /** The variables read, in the order host, port, database, user, password. */
  readonly variables: string[];
  /** Each component and the variable it came from. */
  readonly from: { readonly [K in keyof UrlComponents]?: readonly [variable: string, value: string] };
}

/** Every variable that can hold a database password: the generic one and each dialect's own (masked in all output). */
export function passwordVariables(): string[] {
  return [GENERIC.password, ...dialects.flatMap((d) => d.urls.environment.password)];
}

function nonEmpty(v: string | undefined): v is string {
  return v !== undefined && v.trim() !== "";
}

/**
 * A URL from DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD and a dialect's
 * own variables (POSTGRES_DB, ...), the generic ones first. The
 * dialect is the one of `projectUrl` (the config's `defaultUrl`: a project
 * made with `init --url mysql://…` reads DB_* and MYSQL_* as MySQL's, and
 * no other dialect's variables), else the first whose own variables are set,
 * else the first built-in one. Null unless a host or a database name is set,
 * and for a project whose database is a file (SQLite: no host or port to
 * give).
 */
export function urlFromEnvironment(env: NodeJS.ProcessEnv, projectUrl?: string): ComponentUrl | null {
  const own = (d: Dialect) => COMPONENTS.some((k) => d.urls.environment[k].some((v) => nonEmpty(env[v])));
  const scheme = projectUrl ? schemeOf(projectUrl) : null;
  const project = scheme ? find(scheme)?.dialect : undefined;
  // a project's database kind is fixed by its defaultUrl: another dialect's variables (POSTGRES_DB in a MySQL or
  // SQLite project's environment, set for some other container) don't turn it into that dialect
  if (project && !COMPONENTS.some((k) => project.urls.environment[k].length > 0)) return null;
  const dialect = project ?? dialects.find(own) ?? (builtIn[0] as Dialect);
  const from: { -readonly [K in keyof UrlComponents]?: readonly [string, string] } = {};
  for (const k of COMPONENTS) {
    for (const variable of [GENERIC[k], ...dialect.urls.environment[k]]) {
      const value = env[variable];
      if (nonEmpty(value)) {
        from[k] = [variable, value];
        break;
      }
    }
  }
  if (!from.host && !from.database) return null;
  const components: UrlComponents = Object.fromEntries(COMPONENTS.map((k) => [k, from[k]?.[1]]));
  const variables = COMPONENTS.flatMap((k) => (from[k] ? [from[k][0]] : []));
  return { url: dialect.urls.fromComponents(components), variables, from };
}

/**
 * Wraps a connection object the application already has. Each dialect is
 * first asked for its driver's own objects only (a mysql2 connection or a
 * better-sqlite3 Database is its driver's, whatever URL the config names: a
 * mysql2 connection has a `query` method too, and must not be taken for a
 * generic client of the config's dialect); then for any object it can use.
 * The dialect of `url` (or of an Athanor connection that names its dialect)
 * is asked first in each pass: it says which dialect a plain
 * DatabaseConnection speaks. `urlIsItsDialect`: `url` is of the dialect that
 * took the object (else the URL names another database than the one used).
 */
export async function adoptConnection(
  external: unknown,
  url?: string,
): Promise<{ dialect: Dialect; conn: DatabaseConnection; urlIsItsDialect: boolean } | null> {
  // the URL's dialect, else the one whose driver opened the object (an Athanor connection)
  const own = typeof external === "object" && external !== null ? dialectOfConnection(external as { dialect?: string }) : null;
  const preferred = url === undefined ? (own ?? undefined) : lookup(url)?.dialect;
  const passes = [{ driverObjectsOnly: true }, { driverObjectsOnly: false }];
  for (const opts of passes) {
    for (const dialect of preferred ? [preferred, ...dialects.filter((d) => d !== preferred)] : dialects) {
      const conn = await dialect.adoptConnection(external, opts);
      if (conn) return { dialect, conn, urlIsItsDialect: url !== undefined && lookup(url)?.dialect === dialect };
    }
  }
  return null;
}
