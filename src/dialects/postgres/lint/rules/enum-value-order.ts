import { operationRule, where } from "../../../../lint/rule-helpers.js";

/**
 * A value added to an enum before an existing one. (`after: x` is the end of
 * the list when x is the last value, which the revision alone can't tell:
 * autogenerate writes every new value as `after` its predecessor. So only
 * `before` is reported.)
 */
export const enumValueOrder = operationRule(
  {
    id: "enum-value-order",
    severity: "warning",
    summary: "an enum value added before an existing value (not at the end)",
    lock:
      "Enum values sort in declaration order: a value placed among the others changes what `<`, `>`, ORDER BY and ranges over the column mean for queries of the running application, and comparisons with it are slower (PostgreSQL looks up the order in the catalog).",
    recipe: "Add new values at the end (no before/after) unless the order is meant to change; sort with an explicit CASE or a lookup table when the order is business logic.",
    appliesTo: (c) => c.namedEnums,
  },
  (op, item) => {
    if (op.kind !== "addEnumValue" || op.before === undefined || item.newTypes.has(op.name.toLowerCase())) return null;
    return `value ${JSON.stringify(op.value)} is added to enum ${op.name} before ${JSON.stringify(op.before)}: the order of existing values changes for comparisons and sorting${where(item)}`;
  },
);
