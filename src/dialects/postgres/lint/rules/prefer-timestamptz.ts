import { typeRule } from "./column-types.js";

export const preferTimestamptz = typeRule(
  {
    id: "prefer-timestamptz",
    summary: "a timestamp (or time) without time zone",
    lock: "No lock: timestamp without time zone stores wall-clock time with no zone, so values written from sessions or servers in different zones can't be compared.",
    recipe: "Use `t.timestamptz()` (stored as UTC, shown in the session's zone).",
  },
  (_c, type) => (type.kind === "timestamp" ? "is timestamp without time zone: prefer timestamptz" : null),
);
