/**
 * What every dialect's drizzle reader needs from drizzle-orm: its core for
 * that database (`drizzle-orm/pg-core`, `mysql-core`, `sqlite-core`), loaded
 * from the models' own folder first, and the test for a drizzle `sql` value.
 */
import { createRequire } from "node:module";
import { AthanorError } from "../../errors.js";

const ENTITY_KIND = Symbol.for("drizzle:entityKind");
const cores = new Map<string, unknown>();

/** Loads `drizzle-orm/<core>`, preferring the copy next to `fromFile` (the user's models), then Athanor's. */
export function loadDrizzleCore<T>(subpath: string, fromFile?: string): T {
  const loaded = cores.get(subpath);
  if (loaded) return loaded as T;
  for (const from of [fromFile, import.meta.url].filter((x): x is string => x !== undefined)) {
    try {
      const core = createRequire(from)(subpath) as T;
      cores.set(subpath, core);
      return core;
    } catch {
      // try the next location
    }
  }
  throw new AthanorError(
    "MODELS.DRIZZLE",
    `the models export drizzle tables, but ${subpath} could not be loaded: install it with \`npm install drizzle-orm\``,
  );
}

/** A drizzle `sql\`...\`` value (its class's entity kind is "SQL"). */
export function isDrizzleSqlValue(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const ctor = (value as { constructor?: Record<symbol, unknown> }).constructor;
  return ctor?.[ENTITY_KIND] === "SQL" && typeof (value as { toQuery?: unknown }).toQuery === "function";
}
