/**
 * A column's type affinity, as SQLite derives it from the declared type's name (https://sqlite.org/datatype3.html,
 * section 3.1): the first rule that matches decides.
 */
export type Affinity = "INTEGER" | "TEXT" | "BLOB" | "REAL" | "NUMERIC";

export function affinityOf(declared: string): Affinity {
  const name = declared.toUpperCase();
  if (name.includes("INT")) return "INTEGER";
  if (/CHAR|CLOB|TEXT/.test(name)) return "TEXT";
  if (name.includes("BLOB") || name.trim() === "") return "BLOB";
  if (/REAL|FLOA|DOUB/.test(name)) return "REAL";
  return "NUMERIC";
}
