/*
 * Test data written for this corpus, modelled on drizzle-team/drizzle-orm's drizzle-kit all-column-types test
 * schema (Apache License 2.0): the idioms it exercises: a pgSchema with its own enum and tables, a public
 * pgEnum, one table per column type with defaults given as JS values (numbers, strings with quotes and
 * braces, booleans, objects, arrays, fixed `new Date(...)`s), as `sql` literals and as defaultNow (timestamp,
 * date, time) and defaultRandom; arrays of each type (and a two-dimensional one); timestamp/time precision and
 * time zones, timestamp/date modes; intervals with fields and precision; numeric/decimal with precision,
 * scale and number mode; char/varchar lengths; inet/cidr/macaddr; point/line; bit with dimensions; serial,
 * smallserial and bigserial (number and bigint modes); primary keys on real, numeric, decimal, text and cidr
 * columns; named and unnamed (unique) indexes. Not covered, as drizzle-kit 0.31 cannot build them: BigInt and
 * point/line defaults; nor extension types. Table and column names are this corpus's own.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  bit,
  boolean,
  char,
  cidr,
  date,
  decimal,
  doublePrecision,
  index,
  inet,
  integer,
  interval,
  json,
  jsonb,
  line,
  macaddr,
  numeric,
  pgEnum,
  pgSchema,
  pgTable,
  point,
  real,
  serial,
  smallint,
  smallserial,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";

export const zoo = pgSchema("type_zoo");
export const paymentState = zoo.enum("PaymentState", ["QUEUED", "DECLINED", "SETTLED"]);
export const rankLevel = pgEnum("rank_level", ["high", "mid", "low"]);

export const enumInPublic = pgTable("probe_schema_enum", {
  ref: uuid("ref").defaultRandom(),
  state: paymentState("state").notNull(),
});

export const smallInts = zoo.table(
  "probe_smallint",
  {
    lone: smallint("lone").default(7),
    grid: smallint("grid").notNull().array().array(),
    list: smallint("list").notNull().array().default([4]),
  },
  (t) => [uniqueIndex("probe_smallint_list_uq").on(t.list), uniqueIndex().on(t.lone)],
);

export const enumColumns = zoo.table(
  "probe_enums",
  {
    rank: rankLevel("rank").default("mid").notNull(),
    ranks: rankLevel("ranks").array(),
    payment: paymentState("payment").default("QUEUED"),
  },
  (t) => [index("probe_enums_ranks_idx").on(t.ranks)],
);

export const timestamps = pgTable("probe_timestamp", {
  stampedNow: timestamp("stamped_now", { precision: 2, withTimezone: true, mode: "string" }).defaultNow(),
  fixedText: timestamp("fixed_text", { mode: "string" }).default("2022-11-05 08:30:15.250"),
  fixedSql: timestamp("fixed_sql", { mode: "string" }).default(sql`'2022-10-01 09:10:11.12'`),
  fixedSqlMs: timestamp("fixed_sql_ms", { mode: "string", precision: 3 }).default(sql`'2022-10-01 09:10:11.12'`),
  stampList: timestamp("stamp_list").array().notNull(),
  fixedDate: timestamp("fixed_date", { mode: "date", withTimezone: true }).default(new Date("2023-08-09T10:11:12.345Z")),
});

export const uuids = pgTable("probe_uuid", {
  generated: uuid("generated").defaultRandom().notNull(),
  plain: uuid("plain"),
  list: uuid("list").array().notNull(),
});

export const dates = pgTable("probe_date", {
  today: date("today").defaultNow(),
  fixedDate: date("fixed_date", { mode: "date" }).default(new Date("2023-06-07T00:00:00Z")).notNull(),
  fixedText: date("fixed_text").default("2023-09-10"),
  list: date("list").array().notNull(),
});

export const reals = pgTable("probe_real", {
  withDefault: real("with_default").default(12).notNull(),
  plain: real("plain"),
  keyed: real("keyed").primaryKey().notNull(),
  list: real("list").array().notNull(),
});

export const bigints = pgTable("probe_bigint", {
  asNumber: bigint("as_number", { mode: "number" }).default(9001).notNull(),
  asBigint: bigint("as_bigint", { mode: "bigint" }),
  list: bigint("list", { mode: "number" }).array().notNull(),
});

export const bigSerials = zoo.table("probe_bigserial", {
  wide: bigserial("wide", { mode: "bigint" }).notNull(),
  narrow: bigserial("narrow", { mode: "number" }).notNull(),
});

export const intervals = pgTable("probe_interval", {
  months: interval("months", { fields: "month" }).default("2 mons").notNull(),
  minSec: interval("min_sec", { fields: "minute to second" }),
  anyFields: interval("any_fields").default("00:00:05").notNull(),
  minSecPrecise: interval("min_sec_precise", { fields: "minute to second", precision: 2 }),
  list: interval("list").array().notNull(),
});

export const serials = pgTable("probe_serial", {
  first: serial("first").notNull(),
  second: serial("second").notNull(),
});

export const smallSerials = pgTable("probe_smallserial", {
  first: smallserial("first").notNull(),
  second: smallserial("second").notNull(),
});

export const texts = zoo.table(
  "probe_text",
  {
    keyed: text("keyed").primaryKey(),
    withDefault: text("with_default").default("plain").notNull(),
    tricky: text("tricky").default('say "hi" it\'s {y}'),
    list: text("list").array().notNull().default(["p", "q,r"]),
  },
  (t) => [index("probe_text_keyed_idx").on(t.keyed)],
);

export const bools = pgTable("probe_bool", {
  withDefault: boolean("with_default").default(false).notNull(),
  plain: boolean("plain"),
  list: boolean("list").array().notNull().default([false, true]),
});

export const varchars = pgTable("probe_varchar", {
  unbounded: varchar("unbounded").default("plain").notNull(),
  bounded: varchar("bounded", { length: 150 }),
  list: varchar("list").array().notNull(),
});

export const times = pgTable("probe_time", {
  now: time("now").defaultNow(),
  fixed: time("fixed").default("06:45:30").notNull(),
  zoned: time("zoned", { withTimezone: true, precision: 4 }),
  list: time("list").array().notNull(),
});

export const chars = pgTable("probe_char", {
  flag: char("flag", { length: 1 }).default("y").notNull(),
  code: char("code", { length: 1 }),
  list: char("list").array().notNull(),
});

export const doubles = pgTable("probe_double", {
  withDefault: doublePrecision("with_default").default(2.75).notNull(),
  plain: doublePrecision("plain"),
  list: doublePrecision("list").array().notNull().default([0.5, 3]),
});

export const jsonbs = zoo.table("probe_jsonb", {
  flat: jsonb("flat").default({ greeting: "good morning" }).notNull(),
  nested: jsonb("nested").default({ outer: { "inner key": ["x", "y"] } }),
  plain: jsonb("plain"),
});

export const jsons = zoo.table("probe_json", {
  flat: json("flat").default({ greeting: "good morning" }).notNull(),
  nested: json("nested").default({ outer: { "inner key": ["x", "y"] }, extra: "z", count: 5 }),
  plain: json("plain"),
});

export const integers = pgTable("probe_integer", {
  keyed: integer("keyed").primaryKey(),
  negative: integer("negative").default(-5),
  list: integer("list").array().default([4, 5, 6]),
});

export const numerics = zoo.table("probe_numeric", {
  tiny: numeric("tiny", { precision: 1, scale: 1 }).default("0.3").notNull(),
  money: numeric("money", { precision: 14, scale: 2 }).default("7.25"),
  asNumber: numeric("as_number", { mode: "number", precision: 8 }).default(42),
  keyed: numeric("keyed").primaryKey().notNull(),
  list: numeric("list", { precision: 4, scale: 1 }).array().default(["12.5", "0.1"]),
});

export const decimals = pgTable("probe_decimal", {
  scaled: decimal("scaled", { precision: 6, scale: 2 }).default("18").notNull(),
  plain: decimal("plain"),
  keyed: decimal("keyed").primaryKey().notNull(),
});

export const network = pgTable("probe_network", {
  keyed: cidr("keyed").primaryKey().notNull(),
  block: cidr("block").default("10.0.0.0/8"),
  host: inet("host").default("192.168.1.1"),
  hosts: inet("hosts").array(),
  hardware: macaddr("hardware").default("0a:1b:2c:3d:4e:5f"),
});

export const geometry = pgTable("probe_geometry", {
  id: integer("id").primaryKey(),
  asObject: point("as_object", { mode: "xy" }),
  asTuple: point("as_tuple", { mode: "tuple" }),
  edge: line("edge"),
});

export const bits = pgTable("probe_bit", {
  one: bit("one", { dimensions: 1 }).default("0").notNull(),
  two: bit("two", { dimensions: 2 }).default("10").notNull(),
  threes: bit("threes", { dimensions: 3 }).array(),
});
