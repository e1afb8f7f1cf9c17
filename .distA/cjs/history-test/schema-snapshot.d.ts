/**
 * A whole-schema snapshot for `athanor test`: the dialect's introspector
 * reads every schema of the database into the neutral model, which is
 * flattened into named items (`column public.users.nickname`, `index
 * public.users.ix_users_email`, …), each with its definition as canonical
 * JSON. Two snapshots compare item by item, so a difference reads as what a
 * person would look for: what is left behind, what is missing, what changed.
 */
import type { SchemaIntrospector } from "../autogenerate/index.js";
import type { DatabaseConnection, VersionTableRef } from "../dialects/dialect.js";
export interface SchemaSnapshot {
    /** Item name to its definition (canonical JSON). */
    readonly items: ReadonlyMap<string, string>;
    /** The schemas that exist (read again next time, so objects in a new schema are seen). */
    readonly schemas: readonly string[];
}
/** Reads the whole database (every non-system schema), without Athanor's version and log tables. */
export declare function takeSnapshot(introspector: SchemaIntrospector, conn: DatabaseConnection, versionTable: VersionTableRef, knownSchemas?: readonly string[]): Promise<SchemaSnapshot>;
/**
 * The differences between the schema before a revision's upgrade and after
 * its downgrade, one line each, in a stable order: `left behind: column
 * public.users.nickname`, `missing: index public.users.ix_email`, `changed:
 * column public.users.name (type: {"kind":"text"} → {"kind":"varchar"})`.
 */
export declare function snapshotDifferences(before: SchemaSnapshot, after: SchemaSnapshot): string[];
