/**
 * The user of a PostgreSQL URL that names none: libpq's rule (PGUSER, else
 * the operating system's user name), as psql connects. node-postgres falls
 * back to $USER only, which most containers don't set, and the server then
 * refuses the connection with "no PostgreSQL user name specified in startup
 * packet", which names neither the URL nor the cause.
 */
import { userInfo } from "node:os";

/** `url` with `user=<the OS user>` added when neither it, PGUSER nor pg's own default names a user; otherwise unchanged. */
export function withDefaultUser(url: string, pgDefaultUser: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (env.PGUSER || pgDefaultUser) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url; // pg reports what is wrong with it
  }
  if (parsed.username !== "" || parsed.searchParams.has("user")) return url;
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    return url; // no entry for this uid (a container run with --user 12345): the server's message stands
  }
  if (!name) return url;
  return `${url}${parsed.search === "" ? (url.endsWith("?") ? "" : "?") : "&"}user=${encodeURIComponent(name)}`;
}
