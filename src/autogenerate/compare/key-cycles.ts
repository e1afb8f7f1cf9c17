/**
 * Foreign-key cycles among the tables autogenerate creates or drops: which
 * keys of a table lie on a cycle, so that only those are created after (or
 * dropped before) the tables, and the table's other keys stay with it.
 */

/** Whether the table `from` leads to the table `to` along `edges` (each table's keys to the others still pending). */
function leadsTo(from: string, to: string, edges: (table: string) => readonly string[]): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const key = stack.pop() as string;
    if (key === to) return true;
    if (seen.has(key)) continue;
    seen.add(key);
    stack.push(...edges(key));
  }
  return false;
}

/**
 * Where no pending table is free to go: the first table (in `pending`'s
 * order) with keys on a cycle, and those keys (whose target leads back to
 * it). `keysOf` gives a table's keys to the other pending tables, `targetOf`
 * a key's table. Null only when no key cycle is left, which the callers
 * never meet (a table with no pending key is always free to go).
 */
export function firstCycle<T, K>(
  pending: ReadonlyMap<string, T>,
  keysOf: (table: T) => readonly K[],
  targetOf: (key: K) => string,
): { table: T; keys: K[] } | null {
  const edges = (name: string) => {
    const table = pending.get(name);
    return table === undefined ? [] : keysOf(table).map(targetOf);
  };
  for (const [name, table] of pending) {
    const keys = keysOf(table).filter((k) => leadsTo(targetOf(k), name, edges));
    if (keys.length > 0) return { table, keys };
  }
  return null;
}
