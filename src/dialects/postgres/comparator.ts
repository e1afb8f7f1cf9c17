/**
 * PostgreSQL's comparator for autogenerate: its type grammar, default and
 * expression normal forms, the names it gives and truncates, index
 * definitions, and the server-side check (loaded only when it runs).
 */
import type { SchemaComparator } from "../../autogenerate/schema-comparator.js";
import { compareDefault } from "./grammar/defaults.js";
import { identifiersIn, normaliseExpression, sameExpression } from "./grammar/expression.js";
import { canonicalType, normaliseTypeText, typesEqual } from "./grammar/types.js";
import { compareIndex, sameIndexDefinition } from "./index-compare.js";
import { checkName, foreignKeyName, primaryKeyName, resolveServerNames, truncationCollisions, uniqueName } from "./names.js";
import { quoteIdentifier } from "./quote.js";
import { needsUsing, typeSql } from "./type-change.js";

export const postgresComparator: SchemaComparator = {
  viewOverDroppedTable: "the DROP TABLE fails while they exist",
  canonicalType,
  typesEqual,
  sameTypeText: (a, b) => normaliseTypeText(a) === normaliseTypeText(b),
  needsConversion: needsUsing,
  conversionExpression: (column, to) => `${quoteIdentifier(column)}::${typeSql(to)}`,
  compareDefault,
  normaliseExpression,
  sameExpression,
  identifiersIn,
  primaryKeyName,
  uniqueName,
  foreignKeyName,
  checkName,
  resolveServerNames,
  truncationCollisions,
  compareIndex,
  sameIndexDefinition,
  canonicalize: (conn, items) => import("./canonicalize.js").then((m) => m.canonicalize(conn, items)),
};
