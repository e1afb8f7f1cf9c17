import { typeRule } from "./column-types.js";

export const preferIdentity = typeRule(
  {
    id: "prefer-identity",
    summary: "a serial column instead of an identity column",
    lock: "No lock: serial creates a sequence owned loosely by the column, with its own permissions, that dumps, copies and ORMs handle inconsistently.",
    recipe: "Use an identity column: `{ name: \"id\", type: t.bigint(), identity: \"always\", primaryKey: true }` (GENERATED ALWAYS AS IDENTITY).",
  },
  (_c, type) => (/serial$/.test(type.kind) ? `is ${type.kind}: prefer an identity column` : null),
);
