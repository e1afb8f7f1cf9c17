import { isSqlExpression } from "../../../../schema/sql-expression.js";
import { isNewTable, operationRule, tableName, where } from "../../../../lint/rule-helpers.js";

/** A column added to an existing table with a value computed per row: the table is rewritten. */
export const volatileDefault = operationRule(
  {
    id: "volatile-default",
    severity: "error",
    summary: "a column added with a volatile default (gen_random_uuid(), random(), clock_timestamp(), a serial, an identity or a stored generated column)",
    lock:
      "Every row gets its own value, so the table is rewritten under ACCESS EXCLUSIVE: reads and writes wait for the rewrite. (A constant default, or a stable one such as now(), is stored once and costs nothing on PostgreSQL 11+.)",
    recipe:
      "Add the column without a default (or with a constant one), set the default for new rows with `op.alterColumn(t, c, { default: sql('gen_random_uuid()') })`, and backfill existing rows in batches.",
  },
  (op, item, context) => {
    if (op.kind !== "addColumn" || isNewTable(item, op.table)) return null;
    const c = op.column;
    const at = `${tableName(op.table, op.schema)}.${c.name}`;
    if (/serial$/.test(c.type.kind)) return `column ${at} is added as ${c.type.kind}: every row gets a sequence value, so the table is rewritten${where(item)}`;
    if (c.identity !== undefined) return `column ${at} is added as an identity column: every row gets a value, so the table is rewritten${where(item)}`;
    if (c.generated && c.generated.stored !== false) return `stored generated column ${at} is added: every row is computed, so the table is rewritten${where(item)}`;
    if (isSqlExpression(c.default)) {
      const fn = context.expressions.volatileFunction(c.default.sql);
      if (fn) return `column ${at} is added with default ${fn}(), which is volatile: the table is rewritten${where(item)}`;
    }
    return null;
  },
);
