/**
 * What autogenerate says of a table the revision drops, beyond the drop: what
 * goes with it (triggers, rules, partitions), what makes its DROP fail
 * (views on PostgreSQL, functions over its row type, rules elsewhere), what
 * breaks without a word (routines and triggers whose SQL names it, views on
 * MySQL and SQLite), and what the downgrade's createTable can't make again.
 */
import type { SchemaComparator } from "../schema-comparator.js";
import type { DatabaseSchema, DbTable } from "../schema-model.js";
import { routinesNaming } from "./routines-naming.js";

export function droppedTableWarnings(t: DbTable, gone: readonly DbTable[], db: DatabaseSchema, cmp: SchemaComparator): string[] {
  const defaultSchema = db.defaultSchema;
  const out: string[] = [];
  const label = `${t.schema === defaultSchema ? "" : `${t.schema}.`}${t.name}`;
  if (t.triggers && t.triggers.length > 0) {
    out.push(
      `dropping table ${label} drops its trigger(s) ${t.triggers.join(", ")}, and the downgrade's createTable does not make them again: add them to the downgrade with op.execute`,
    );
  }
  const nullableKeys = cmp.nullableKeyColumns === true ? (t.primaryKey?.columns ?? []).filter((c) => t.columns.some((x) => x.name === c && x.nullable)) : [];
  if (nullableKeys.length > 0) {
    out.push(
      `dropping table ${label}: its key column(s) ${nullableKeys.join(", ")} accept NULL (declared without NOT NULL, which SQLite allows), and the downgrade's createTable makes them NOT NULL (a model can't say otherwise): edit the downgrade's table with op.execute if rows need NULL there`,
    );
  }
  const unmade = [...t.exclusions.map((x) => `EXCLUDE constraint ${x}`), ...(t.unmade ?? [])];
  if (unmade.length > 0) {
    out.push(`dropping table ${label}: the downgrade's createTable makes it again without its ${unmade.join(", ")}: add them to the downgrade with op.execute`);
  }
  if (t.rules && t.rules.length > 0) {
    out.push(
      `dropping table ${label} drops its rule(s) ${t.rules.join(", ")}, and the downgrade's createTable does not make them again: add them to the downgrade with op.execute`,
    );
  }
  if (t.partitions && t.partitions.length > 0) {
    out.push(
      `dropping table ${label} drops its partition(s) ${t.partitions.join(", ")} with their rows, and the downgrade's createTable makes ${t.name} again as a plain table (no PARTITION BY, no partitions): make them again in the downgrade with op.execute`,
    );
  }
  if (t.inherits && t.inherits.length > 0) {
    const parents = t.inherits.map((p) => (p.schema === defaultSchema ? p.name : `${p.schema}.${p.name}`));
    out.push(
      `dropping table ${label}: it inherits from ${parents.join(", ")}, and the downgrade's createTable makes it again without INHERITS (its inherited columns as its own): restore it in the downgrade with op.execute (ALTER TABLE ... INHERIT ...)`,
    );
  }
  if (t.blockers && t.blockers.length > 0) {
    out.push(
      `dropping table ${label}: ${t.blockers.join(", ")} depend(s) on it, and the DROP TABLE fails while they exist; drop them first with op.execute (and make them again in the downgrade)`,
    );
  }
  const mentionedBy = routinesNaming(db.routines ?? [], t, gone);
  if (mentionedBy.length > 0) {
    out.push(
      `dropping table ${label}: ${mentionedBy.join(", ")} name(s) it in their SQL, which the database doesn't track, so the DROP succeeds and they fail when they next run; change or drop them with op.execute (and make them again in the downgrade)`,
    );
  }
  const views = t.views ?? [];
  if (views.length > 0) {
    out.push(
      `dropping table ${label}: view(s) ${views.join(", ")} read it, and ${cmp.viewOverDroppedTable ?? "they fail when read once it is gone"}; drop or change them first with op.execute (and make them again in the downgrade)`,
    );
  }
  return out;
}
