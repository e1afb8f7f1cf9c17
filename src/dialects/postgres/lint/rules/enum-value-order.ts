import { operationRule, where } from "../../../../lint/rule-helpers.js";

/** A value added to an enum somewhere other than at the end. */
export const enumValueOrder = operationRule(
  {
    id: "enum-value-order",
    severity: "warning",
    summary: "an enum value added with before/after (not at the end)",
    lock:
      "Enum values sort in declaration order: a value placed among the others changes what `<`, `>`, ORDER BY and ranges over the column mean for queries of the running application, and comparisons with it are slower (PostgreSQL looks up the order in the catalog).",
    recipe: "Add new values at the end (no before/after) unless the order is meant to change; sort with an explicit CASE or a lookup table when the order is business logic.",
    appliesTo: (c) => c.namedEnums,
  },
  (op, item) => {
    if (op.kind !== "addEnumValue" || (op.before === undefined && op.after === undefined) || item.newTypes.has(op.name.toLowerCase())) return null;
    const place = op.before !== undefined ? `before ${JSON.stringify(op.before)}` : `after ${JSON.stringify(op.after)}`;
    return `value ${JSON.stringify(op.value)} is added to enum ${op.name} ${place}: the order of existing values changes for comparisons and sorting${where(item)}`;
  },
);
