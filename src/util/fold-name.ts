/**
 * A name as SQLite compares names, and MySQL column names: ASCII letters
 * folded to lower case, and nothing else (`Ä` and `ä` are two columns to
 * SQLite, `A` and `a` one). The SQLite dialect keys its maps of tables and
 * columns by it; autogenerate pairs columns by it where the comparator says
 * names fold case.
 */
export function foldName(name: string): string {
  return /[^\x00-\x7f]/.test(name) ? name.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : name.toLowerCase();
}
