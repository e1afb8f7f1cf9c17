import { typeRule } from "./column-types.js";

export const preferJsonb = typeRule(
  {
    id: "prefer-jsonb",
    summary: "a column of type json instead of jsonb",
    lock: "No lock: json keeps the text as written and parses it on every access; it has no equality operator (no DISTINCT, GROUP BY, UNIQUE) and no GIN indexing.",
    recipe: "Use `t.jsonb()`, unless the exact text (key order, duplicate keys, whitespace) must be kept.",
  },
  (_c, type) => (type.kind === "json" ? "is json: prefer jsonb" : null),
);
