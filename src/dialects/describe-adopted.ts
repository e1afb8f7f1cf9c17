/**
 * Builds the URL that describes an adopted driver object from the connection
 * settings it carries (host, port, user, database): never a password.
 */
export interface ConnectionParts {
  readonly host?: unknown;
  readonly port?: unknown;
  readonly user?: unknown;
  readonly database?: unknown;
}

export function urlOfParts(scheme: string, parts: ConnectionParts | null | undefined): string | null {
  if (!parts || typeof parts !== "object") return null;
  const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : null);
  const host = text(parts.host);
  const database = text(parts.database);
  if (host === null && database === null) return null;
  const user = text(parts.user);
  const port = text(parts.port);
  // a Unix socket directory is not a host name: it goes in the query, as libpq's URLs write it
  const socket = host?.startsWith("/") ? host : null;
  const authority = `${user ? `${encodeURIComponent(user)}@` : ""}${socket ? "" : (host ?? "")}${port && !socket ? `:${port}` : ""}`;
  return `${scheme}://${authority}/${database ? encodeURIComponent(database) : ""}${socket ? `?host=${encodeURIComponent(socket)}` : ""}`;
}
