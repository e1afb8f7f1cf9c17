/**
 * Foreign-key cycles among the tables autogenerate creates or drops: which
 * keys of a table lie on a cycle, so that only those are created after (or
 * dropped before) the tables, and the table's other keys stay with it.
 */

/** Whether the table `from` leads to the table `to` along `edges` (each table's keys to the others still pending). */
export function leadsTo(from: string, to: string, edges: (table: string) => readonly string[]): boolean {
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
