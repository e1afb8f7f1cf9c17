import type { LintRule, RuleHit } from "../types.js";

/** BEGIN, COMMIT, ROLLBACK… in raw SQL: Athanor manages the transaction. */
export const transactionControl: LintRule = {
  id: "transaction-control",
  severity: "error",
  summary: "transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT…) in op.execute SQL",
  lock:
    "Athanor runs each revision in a transaction and records the revision in it. A COMMIT inside would commit half a revision without its record; Athanor refuses such SQL when it runs.",
  recipe:
    "Remove it. For statements that must run outside a transaction, use `export const transactional = false` in the revision, or wrap them in `await op.autocommit(async () => { ... })`.",
  check(items) {
    const hits: RuleHit[] = [];
    for (const item of items) {
      if (item.subject.kind !== "transactionControl") continue;
      if (item.subject.refusal) {
        hits.push({ item, message: `${item.subject.keyword} in op.execute SQL: ${item.subject.refusal}; Athanor refuses it` });
        continue;
      }
      const inside = item.inTransaction ? " inside the revision's transaction" : "";
      hits.push({ item, message: `${item.subject.keyword} in op.execute SQL${inside}: Athanor manages the transaction and refuses it` });
    }
    return hits;
  },
};
