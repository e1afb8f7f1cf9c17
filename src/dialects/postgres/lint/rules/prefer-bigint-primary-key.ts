import { typeRule } from "./column-types.js";

const SMALL = new Set(["integer", "smallint", "serial", "smallserial"]);

export const preferBigintPrimaryKey = typeRule(
  {
    id: "prefer-bigint-primary-key",
    summary: "a primary key of type integer or smallint",
    lock: "No lock now, but an integer key runs out at 2,147,483,647 rows (or ids burnt by rollbacks); widening it later rewrites the table and every table that references it.",
    recipe: "Use `t.bigint()` (with an identity) for primary keys.",
  },
  (c, type) => (c.primaryKey && SMALL.has(type.kind) ? `is a primary key of type ${type.kind}: prefer bigint` : null),
);
