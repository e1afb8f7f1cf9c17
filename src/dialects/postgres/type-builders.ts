/**
 * `pg`: PostgreSQL-only column types, e.g. `pg.jsonb()`, `pg.inet()`,
 * `pg.array(t.text())`, `pg.serial()`. The portable types are on `t`. The
 * objects are the same as the old `t.jsonb()`… aliases build, so either
 * spelling renders the same SQL; types PostgreSQL knows but Athanor has no
 * kind for (`cidr`, `tsvector`, …) are raw type text tagged with the
 * dialect, compared by their text as introspection reads them back.
 */
import type {
  ArrayType,
  BigserialType,
  ColumnType,
  InetType,
  IntervalType,
  JsonbType,
  RawType,
  SerialType,
  SmallserialType,
  TimeType,
} from "../../schema/column-type.js";
import { type PrecisionArg, t } from "../../schema/types-builder.js";

function named(sql: string): () => RawType {
  return () => ({ kind: "raw", sql, dialect: "postgresql" });
}

export const pg = {
  /** `serial`: an integer with an owned sequence (portably: `t.integer()` with `identity`). */
  serial: (): SerialType => t.serial(),
  bigserial: (): BigserialType => t.bigserial(),
  smallserial: (): SmallserialType => t.smallserial(),
  /** Binary JSON: indexable, keys deduplicated and reordered (portable `t.json()` keeps the text as written). */
  jsonb: (): JsonbType => t.jsonb(),
  inet: (): InetType => t.inet(),
  cidr: named("cidr"),
  macaddr: named("macaddr"),
  macaddr8: named("macaddr8"),
  interval: (): IntervalType => t.interval(),
  /** `time with time zone`. */
  timetz: (precision?: PrecisionArg): TimeType =>
    t.time(typeof precision === "number" ? { precision, withTimeZone: true } : { ...precision, withTimeZone: true }),
  /** `TEXT[]` for `pg.array(t.text())`. */
  array: <T extends ColumnType>(of: T): ArrayType & { readonly of: T } => t.array(of),
  tsvector: named("tsvector"),
  tsquery: named("tsquery"),
  money: named("money"),
  xml: named("xml"),
  point: named("point"),
  line: named("line"),
  box: named("box"),
  polygon: named("polygon"),
  circle: named("circle"),
} as const;

export type PgTypeBuilders = typeof pg;
