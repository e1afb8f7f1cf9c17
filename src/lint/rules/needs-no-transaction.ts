import { executeOp } from "../../operations/execute.js";
import type { LintRule, RuleHit } from "../types.js";

/** A statement the database refuses inside a transaction block (CREATE INDEX CONCURRENTLY), in a transactional revision. */
export const needsNoTransaction: LintRule = {
  id: "needs-no-transaction",
  severity: "error",
  summary: "a statement that can't run in a transaction (CREATE INDEX CONCURRENTLY…) in a transactional revision",
  lock: "The database refuses it inside a transaction block: the revision fails when it runs.",
  recipe:
    "Mark the revision `export const transactional = false` (keep such a revision to the statements that need it), or wrap the statement in `await op.autocommit(async () => { ... })`.",
  check(items, context) {
    const hits: RuleHit[] = [];
    for (const item of items) {
      if (!item.inTransaction) continue;
      const s = item.subject;
      const op = s.kind === "operation" ? (s.sql === undefined ? s.op : executeOp(s.sql)) : s.kind === "statement" ? executeOp(s.sql) : null;
      if (!op) continue;
      const reason = context.sqlLexer.noTransactionReason(op);
      if (reason) hits.push({ item, message: `${reason}, but the revision runs in a transaction: it fails when it runs` });
    }
    return hits;
  },
};
