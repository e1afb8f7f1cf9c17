/**
 * A database with tables but no version table: one Athanor didn't create (or
 * one that lost its version table). `upgrade` refuses it, or stamps the
 * configured baseline; `current` and `status()` must not call it "at base",
 * which reads as "upgrade will create everything".
 */
import { ownQueryFailed } from "./own-query-error.js";
import type { Session } from "./open-session.js";
import type { RuntimeInput } from "./runtime-input.js";
import type { VersionStore } from "./version-store.js";

/**
 * The tables, other than Athanor's own, in the schemas this configuration
 * manages: those autogenerate compares (`includeSchemas`, else the session's
 * default schema, which `searchPath` sets) and the version table's. A tenant
 * configured to its own schema is not stopped by tables in another one.
 */
export async function userTablesBesides(
  config: Pick<RuntimeInput, "versionTable" | "managedSchemas">,
  session: Pick<Session, "dialect" | "conn">,
): Promise<string[]> {
  const own = new Set([config.versionTable.table, `${config.versionTable.table}_log`]);
  const tables = await session.dialect.userTables(session.conn, config.managedSchemas).catch((e: unknown) => {
    throw ownQueryFailed("listing the database's tables", e, session.dialect);
  });
  return tables.filter((t) => !own.has(t.slice(t.indexOf(".") + 1)));
}

/** The database's tables when it has no version table; [] when it has one, or no tables. */
export async function unversionedTables(
  config: Pick<RuntimeInput, "versionTable" | "managedSchemas">,
  session: Pick<Session, "dialect" | "conn">,
  store: VersionStore,
): Promise<string[]> {
  if (await store.exists(session.conn)) return [];
  return userTablesBesides(config, session);
}

/** What `current` says of such a database, and what `upgrade` will do with it under the configuration. */
export function describeUnversioned(tables: readonly string[], store: VersionStore, unversioned: RuntimeInput["unversioned"]): string {
  const shown = `${tables.slice(0, 5).join(", ")}${tables.length > 5 ? `, … (${tables.length} in all)` : ""}`;
  const next =
    unversioned.policy === "proceed"
      ? "'athanor upgrade' runs every revision from base against it (onUnversionedDatabase: 'proceed')"
      : unversioned.policy === "baseline" && unversioned.baseline
        ? `'athanor upgrade' stamps the baseline ${unversioned.baseline} first, then upgrades from there`
        : "'athanor upgrade' refuses it until its revision is recorded with 'athanor stamp <revision>' (or `baseline` is set in the config)";
  return `no version table ${store.displayName}, but the database has tables (${shown}): it is not at base, Athanor doesn't know which revision it is at; ${next} (see "Adopting an existing database" in docs/deploy.md)`;
}
