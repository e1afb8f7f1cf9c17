/**
 * A name as SQLite compares names: ASCII letters folded to lower case, and
 * nothing else (`Ä` and `ä` are two columns to SQLite, `A` and `a` one).
 * The key of every map of tables or columns by name.
 */
export function foldName(name: string): string {
  return /[^\x00-\x7f]/.test(name) ? name.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : name.toLowerCase();
}
