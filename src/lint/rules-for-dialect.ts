/** The rules that apply to a dialect (common ones, its own, the engine's), and its SQL parser. */
import type { Dialect } from "../dialects/dialect.js";
import { ENGINE_RULES } from "./rules/engine-rules.js";
import type { LintRule, SqlReader } from "./types.js";

/** `reader`: the parser, a string saying why there is none (its package is missing), or null (the dialect has none). */
export async function lintRulesFor(dialect: Dialect): Promise<{ rules: LintRule[]; reader: SqlReader | string | null }> {
  // loaded here, not at the top: the CLI script keeps rules out of its start-up (scripts/build.mjs)
  const { COMMON_RULES } = await import("./rules/index.js");
  const own = dialect.lint ? await dialect.lint() : null;
  const rules = [...COMMON_RULES, ...(own?.rules ?? []), ...ENGINE_RULES].filter((r) => r.appliesTo?.(dialect.capabilities) ?? true);
  return { rules, reader: own ? await own.sqlReader() : null };
}
