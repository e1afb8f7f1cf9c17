/**
 * Ignore comments in a revision file, where a team decided a finding is fine:
 *
 *   // athanor-lint-ignore require-concurrent-index: the table has 40 rows
 *   await op.createIndex("ix_flags_name", "flags", ["name"]);
 *
 * applies to the next `op.*` call (or, at the end of a line, to that line's
 * call); `// athanor-lint-ignore-file rule-a, rule-b: reason` to the whole
 * file. The reason is required: an ignore without one suppresses nothing and
 * is reported itself.
 */

export interface Suppressions {
  /** Is `ruleId` ignored for a call at `callLine`? */
  ignores(ruleId: string, callLine: number): boolean;
  /** Ignore comments without a reason (or naming no rule): their lines. */
  readonly invalid: readonly { readonly line: number; readonly problem: string }[];
}

const COMMENT = /\/\/\s*athanor-lint-ignore(-file)?\b(.*)$/;

export function readSuppressions(source: string): Suppressions {
  const lines = source.split("\n");
  const fileLevel = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  const invalid: { line: number; problem: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    const m = COMMENT.exec(text);
    if (!m) continue;
    const body = (m[2] as string).trim();
    const colon = body.indexOf(":");
    const ids = (colon === -1 ? body : body.slice(0, colon))
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
    const reason = colon === -1 ? "" : body.slice(colon + 1).trim();
    if (ids.length === 0) {
      invalid.push({ line: i + 1, problem: "names no rule (write: // athanor-lint-ignore <rule-id>: <reason>)" });
      continue;
    }
    if (reason === "") {
      invalid.push({ line: i + 1, problem: `gives no reason for ignoring ${ids.join(", ")} (write: // athanor-lint-ignore ${ids.join(", ")}: <reason>)` });
      continue;
    }
    if (m[1]) {
      for (const id of ids) fileLevel.add(id);
      continue;
    }
    // code before the comment on its line: that line; else the next line with code
    let target = i + 1;
    if (text.slice(0, m.index).trim() === "") {
      let j = i + 1;
      while (j < lines.length && /^\s*(\/\/.*)?$/.test(lines[j] as string)) j++;
      target = j + 1;
    }
    const set = byLine.get(target) ?? new Set<string>();
    for (const id of ids) set.add(id);
    byLine.set(target, set);
  }
  return {
    ignores: (ruleId, callLine) => fileLevel.has(ruleId) || byLine.get(callLine)?.has(ruleId) === true,
    invalid,
  };
}
