import { isNewColumn, operationRule, tableName, where } from "../rule-helpers.js";

/** An inline ENUM/SET column type changed other than by appending values: the table is copied. */
export const enumChangeCopiesTable = operationRule(
  {
    id: "enum-change-copies-table",
    severity: "error",
    summary: "an ENUM or SET column changed other than by appending values at the end (MySQL, MariaDB)",
    lock:
      "Removing, reordering or inserting values (or crossing 255 values) rebuilds the table with ALGORITHM=COPY: writes are blocked for the whole copy. Appending at the end is an instant change of the metadata.",
    recipe:
      "Only append new values at the end of the list. To remove a value, first stop writing it, update the rows that hold it, and accept the copy at a quiet time.",
    appliesTo: (c) => !c.namedEnums && c.alterConstraints,
  },
  (op, item) => {
    if (op.kind !== "alterColumn" || op.type?.kind !== "enum" || isNewColumn(item, op.table, op.column)) return null;
    const after = op.type.values;
    const before = op.existingType?.kind === "enum" ? op.existingType.values : undefined;
    if (after && before && before.length <= after.length && before.every((v, i) => after[i] === v)) return null;
    const why = before && after ? "values are removed, reordered or inserted" : "the values before the change are unknown (give existingType)";
    return `the enum of ${tableName(op.table, op.schema)}.${op.column} changes and ${why}: the table is copied${where(item)}`;
  },
);
