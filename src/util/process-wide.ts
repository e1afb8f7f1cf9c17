/**
 * A value shared by every copy of Athanor in this process: the ES and the
 * CommonJS build (an application that both imports and requires it) are two
 * module instances, and state that stands for the process (locks held, open
 * embedded databases, runs under way) must be one. Kept on globalThis under
 * `Symbol.for("athanor.<name>")`, made by `make` on first use.
 */
export function processWide<T>(name: string, make: () => T): T {
  const slot = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(`athanor.${name}`);
  if (!(key in slot)) slot[key] = make();
  return slot[key] as T;
}
