import type { Operation } from "../../../../operations/operation.js";
import { isNewTable, tableName, where } from "../../../../lint/rule-helpers.js";
import type { LintItem, LintRule, RuleHit } from "../../../../lint/types.js";

/** ALGORITHM= that makes the server refuse a copy instead of running one. */
const NO_COPY = new Set(["inplace", "instant", "nocopy"]);

function refusesCopy(op: Operation): boolean {
  const algorithm = (op as { mysql?: { algorithm?: string } }).mysql?.algorithm;
  return algorithm !== undefined && NO_COPY.has(algorithm);
}

/** `SET [SESSION] foreign_key_checks = 0` earlier in the same function: InnoDB then adds a foreign key in place. */
function foreignKeyChecksOff(items: readonly LintItem[], item: LintItem): boolean {
  let off = false;
  for (const earlier of items) {
    if (earlier === item) break;
    const s = earlier.subject;
    if (earlier.direction !== item.direction || s.kind !== "setting" || !/foreign_key_checks/i.test(s.sql)) continue;
    off = /foreign_key_checks\s*(=|:=)\s*(0|off|false)\b/i.test(s.sql);
  }
  return off;
}

/** `DROP PRIMARY KEY` with an `ADD PRIMARY KEY` of the same table in the same statement (rebuilt in place) or alone (copied). */
function primaryKeyReplaced(items: readonly LintItem[], item: LintItem, table: string): boolean {
  const s = item.subject;
  if (s.kind !== "operation" || s.sql === undefined) return false;
  return items.some(
    (other) =>
      other !== item &&
      other.subject.kind === "operation" &&
      other.subject.sql === s.sql &&
      other.line === item.line &&
      other.subject.op.kind === "createPrimaryKey" &&
      other.subject.op.table.toLowerCase() === table.toLowerCase(),
  );
}

/** What `item` makes InnoDB copy (ALGORITHM=COPY, writes blocked), or null. */
function copies(item: LintItem, items: readonly LintItem[]): string | null {
  const s = item.subject;
  if (s.kind === "statement") {
    // ALTER TABLE t CONVERT TO CHARACTER SET …: every text column re-encoded
    if (s.table !== undefined && !isNewTable(item, s.table) && /^ALTER TABLE CONVERT\b/.test(s.what))
      return `table ${s.table} is converted to another character set (CONVERT TO): every text column is re-encoded, so the table is copied while writes wait`;
    return null;
  }
  if (s.kind !== "operation") return null;
  const op = s.op;
  if (!("table" in op) || typeof op.table !== "string" || isNewTable(item, op.table) || refusesCopy(op)) return null;
  const at = tableName(op.table, (op as { schema?: string }).schema);
  switch (op.kind) {
    case "createForeignKey":
      if (foreignKeyChecksOff(items, item)) return null;
      return `foreign key ${op.name ?? `(${op.columns.join(", ")})`} is added to existing table ${at} with foreign_key_checks on: InnoDB adds it only by copying the table (ALGORITHM=COPY), and writes wait for the copy`;
    case "addColumn":
      if (op.column.references && !foreignKeyChecksOff(items, item))
        return `column ${at}.${op.column.name} is added with a foreign key (REFERENCES) and foreign_key_checks on: InnoDB adds the key only by copying the table (ALGORITHM=COPY), and writes wait for the copy`;
      if (op.column.identity !== undefined && (op as { mysql?: { lock?: string } }).mysql?.lock !== "none")
        return `AUTO_INCREMENT column ${at}.${op.column.name} is added to an existing table: InnoDB numbers the rows while it rebuilds the table with LOCK=SHARED, and writes wait for the rebuild`;
      if (op.column.generated && op.column.generated.stored !== false)
        return `stored generated column ${at}.${op.column.name} is added to an existing table: its value is computed for every row by copying the table (ALGORITHM=COPY), and writes wait for the copy (a VIRTUAL column is instant)`;
      return null;
    case "createCheckConstraint":
      return `CHECK constraint ${op.name ?? ""} is added to existing table ${at}: every row is checked while the table is copied (ALGORITHM=COPY), and writes wait for the copy`.replace("  ", " ");
    case "dropConstraint":
      if ((op.name?.toUpperCase() === "PRIMARY" || op.constraintType === "primaryKey") && !primaryKeyReplaced(items, item, op.table))
        return `the primary key of ${at} is dropped without a new one in the same statement: InnoDB rebuilds the table around a hidden key by copying it (ALGORITHM=COPY), and writes wait for the copy`;
      return null;
    default:
      return null;
  }
}

/** A change InnoDB makes only with ALGORITHM=COPY (MySQL 8.0 and MariaDB alike), other than a type or ENUM change. */
export const alterCopiesTable: LintRule = {
  id: "alter-copies-table",
  severity: "error",
  summary:
    "a change InnoDB makes only by copying the table, or rebuilding it while writes wait (foreign key, CHECK, stored generated or AUTO_INCREMENT column, primary key dropped, CONVERT TO CHARACTER SET)",
  lock:
    "The table is copied (ALGORITHM=COPY): reads go on, but inserts, updates and deletes wait for the whole copy, and the table needs twice its space meanwhile. On MySQL 8.0 and MariaDB alike: adding a foreign key while foreign_key_checks is on, adding a CHECK constraint, adding a STORED generated column, dropping the primary key without adding another in the same statement, CONVERT TO CHARACTER SET. Adding an AUTO_INCREMENT column rebuilds the table in place but with LOCK=SHARED: writes wait all the same.",
  recipe:
    "Add `, ALGORITHM=INPLACE, LOCK=NONE` to the statement (or `mysql: { algorithm: \"inplace\", lock: \"none\" }`) so that the server refuses instead of copying. A foreign key is added in place after `SET foreign_key_checks = 0` in the same revision (existing rows are then not checked: check them with a query first). A generated column can be VIRTUAL (instant), with an index if it is searched. A primary key is replaced in one statement (`DROP PRIMARY KEY, ADD PRIMARY KEY (…)`, rebuilt in place). Otherwise run it when writes can pause for the copy, or with an online schema-change tool (gh-ost, pt-online-schema-change).",
  check(items) {
    const hits: RuleHit[] = [];
    for (const item of items) {
      const m = copies(item, items);
      if (m !== null) hits.push({ item, message: m + where(item) });
    }
    return hits;
  },
};
