/**
 * Where the database URL comes from, highest first:
 *   1. `--url`            2. `DATABASE_URL`        3. `url` in the config
 *   4. DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD, then the dialect's own
 *      variables for each (each dialect names its own; see registry.ts)
 *   5. `defaultUrl` in the config (what `init` sets up: an embedded PGlite database)
 * SQLAlchemy forms (`postgresql+psycopg://…`) become the dialect's own.
 *
 * A URL that can't be right (a line break in it, `DB_PORT=abc`) is resolved
 * with `invalid` set, naming its source: commands that connect refuse it
 * (`requireUrl`), commands that don't (`heads`, `config`) are not stopped by it.
 */
import { escapeControlCharacters, hasControlCharacter, maskUrl } from "../dialects/mask-url.js";
import { normalizeUrl as normalizeDialectUrl, urlFromEnvironment } from "../dialects/registry.js";

export type UrlSource =
  | { kind: "flag" }
  | { kind: "env"; variable: string }
  | { kind: "file"; file: string; key: string }
  | { kind: "components"; variables: string[] };

export interface ResolvedUrl {
  readonly url: string;
  readonly source: UrlSource;
  /** Why this URL can't be used, naming its source (password masked); connecting refuses it. */
  readonly invalid?: string;
}

export interface UrlInputs {
  flag?: string | undefined;
  env: NodeJS.ProcessEnv;
  configUrl?: string | undefined;
  configDefaultUrl?: string | undefined;
  configFile?: string | null | undefined;
}

export function resolveUrl(inputs: UrlInputs): ResolvedUrl | null {
  const found = findUrl(inputs);
  if (!found || found.invalid || !hasControlCharacter(found.url)) return found;
  const c = /[\u0000-\u001f\u007f]/.exec(found.url)?.[0] ?? "";
  const what = c === "\n" || c === "\r" ? "a line break" : `the control character ${escapeControlCharacters(c)}`;
  return { ...found, invalid: `the database URL from ${describeUrlSource(found.source)} contains ${what}: ${maskUrl(found.url)}` };
}

function findUrl(inputs: UrlInputs): ResolvedUrl | null {
  const { env } = inputs;
  const file = inputs.configFile ?? "(no config file)";
  if (nonEmpty(inputs.flag)) return { url: normalizeUrl(inputs.flag), source: { kind: "flag" } };
  if (nonEmpty(env.DATABASE_URL)) {
    return { url: normalizeUrl(env.DATABASE_URL), source: { kind: "env", variable: "DATABASE_URL" } };
  }
  if (nonEmpty(inputs.configUrl)) return { url: normalizeUrl(inputs.configUrl), source: { kind: "file", file, key: "url" } };
  const fromComponents = urlFromComponents(env, inputs.configDefaultUrl);
  if (fromComponents) return fromComponents;
  if (nonEmpty(inputs.configDefaultUrl)) {
    return { url: normalizeUrl(inputs.configDefaultUrl), source: { kind: "file", file, key: "defaultUrl" } };
  }
  return null;
}

function nonEmpty(v: string | undefined): v is string {
  return v !== undefined && v.trim() !== "";
}

/** The URL trimmed, in its dialect's canonical form: `postgresql+asyncpg://` and friends become `postgresql://`. */
export function normalizeUrl(url: string): string {
  return normalizeDialectUrl(url);
}

/** A URL from DB_HOST, DB_PORT, ... and the dialect's own variables (registry.ts), checked: a port that is a number, a host that parses. */
export function urlFromComponents(env: NodeJS.ProcessEnv, projectUrl?: string): ResolvedUrl | null {
  const built = urlFromEnvironment(env, projectUrl);
  if (!built) return null;
  const { url, from } = built;
  const source: UrlSource = { kind: "components", variables: built.variables };
  const port = from.port;
  if (port && !isPortNumber(port[1].trim())) {
    return { url, source, invalid: `${port[0]} must be a port number (1 to 65535), got '${escapeControlCharacters(port[1])}'` };
  }
  const hostName = from.host ? from.host[1].trim() : "localhost";
  // a host that is a path is a socket folder, which the dialect puts in the query
  if (!hostName.startsWith("/") && !URL.canParse(url)) {
    return { url, source, invalid: `${from.host?.[0] ?? "DB_HOST"} is not a valid host name: '${escapeControlCharacters(hostName)}'` };
  }
  return { url, source };
}

function isPortNumber(text: string): boolean {
  return /^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 65535;
}

export function describeUrlSource(source: UrlSource): string {
  switch (source.kind) {
    case "flag":
      return "--url";
    case "env":
      return `env ${source.variable}`;
    case "file":
      return source.key === "url" ? `file ${source.file}` : `file ${source.file} (${source.key})`;
    case "components":
      return `env ${source.variables.join(", ")}`;
  }
}
