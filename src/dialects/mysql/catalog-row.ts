/** A catalog row with its keys lower-cased: some servers return information_schema's column names upper-cased. */
export function lowerKeys<T>(row: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k.toLowerCase(), v])) as T;
}
