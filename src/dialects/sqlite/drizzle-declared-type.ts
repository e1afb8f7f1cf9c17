/**
 * The declared types of drizzle's own SQLite columns. drizzle-orm's
 * sqlite-core declares five names (`integer`, `text`, `text(n)`, `real`,
 * `numeric`, `blob`): it has no way to say `NVARCHAR(160)`, `DATETIME` or
 * `NUMERIC(10,2)` short of a `customType`, and `drizzle-kit pull` writes each
 * declared type of an existing database as one of the five. Such a model type
 * matches a database column whose declared type drizzle-kit pull turns into
 * it, so a schema pulled from a database compares clean against it instead of
 * rebuilding every table to rename its types (a rebuild that would also take
 * from other readers of the file, `DATETIME` for one, the type they go by).
 * A `customType` declares the type it writes, and is compared as written.
 *
 * The reader marks the types it builds (drizzle-type-mark.ts); the comparator asks.
 */
const INTEGER_NAMES = ["int", "integer", "integer auto_increment", "tinyint", "smallint", "mediumint", "bigint", "unsigned big int", "int2", "int8"];
const TEXT_NAMES = ["character", "varchar", "varying character", "national varying character", "nchar", "native character", "nvarchar", "text", "clob"];
const REAL_NAMES = ["real", "double", "double precision", "float"];

/**
 * The drizzle type `drizzle-kit pull` (0.31) writes for a declared type: `integer`, `text` or `text(n)` (the first
 * number in the declared type), `blob`, `real`, else `numeric` — its own table of names, which is not quite SQLite's
 * affinity rule (`CHAR(1)` is `numeric` to it).
 */
export function pulledDrizzleType(declared: string): string {
  const lowered = declared.trim().toLowerCase();
  if (INTEGER_NAMES.some((n) => lowered.startsWith(n))) return "integer";
  if (TEXT_NAMES.some((n) => lowered.startsWith(n))) {
    const n = /\d+/.exec(lowered);
    return n ? `text(${n[0]})` : "text";
  }
  if (lowered.startsWith("blob")) return "blob";
  if (REAL_NAMES.some((n) => lowered.startsWith(n))) return "real";
  return "numeric";
}
