import { where } from "../rule-helpers.js";
import type { LintItem, LintRule, RuleHit } from "../types.js";

function isDdl(item: LintItem): boolean {
  const s = item.subject;
  if (s.kind === "statement") return s.ddl;
  return s.kind === "operation" && s.op.kind !== "bulkInsert";
}

/** Several DDL statements in one revision on a database whose DDL commits by itself. */
export const oneDdlPerRevision: LintRule = {
  id: "one-ddl-per-revision",
  severity: "error",
  summary: "more than one schema change in a revision, on a database without transactional DDL (MySQL, MariaDB)",
  lock:
    "Each DDL statement commits on its own: when the second one fails, the first stays applied and the revision is half-applied. Athanor records how far it got and refuses to move past it until someone acts: fix the revision and rerun it (it resumes after the statements that committed), or fix the schema by hand and run `athanor resolve`.",
  recipe: "Put each schema change in a revision of its own, so that a failure leaves the database at a known revision.",
  appliesTo: (c) => !c.transactionalDdl,
  check(items) {
    const ddl = items.filter(isDdl);
    if (ddl.length < 2) return [];
    const hits: RuleHit[] = [];
    for (const item of ddl.slice(1))
      hits.push({
        item,
        message: `schema change ${ddl.indexOf(item) + 1} of ${ddl.length} in one revision: DDL commits by itself, so a failure here leaves the earlier ones applied${where(item)}`,
      });
    return hits;
  },
};
