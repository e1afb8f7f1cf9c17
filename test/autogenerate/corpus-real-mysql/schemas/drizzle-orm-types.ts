// Test data written for this corpus, modelled on drizzle-orm's own MySQL integration-test schema, in
// drizzle-team/drizzle-orm (Apache-2.0): the idioms it exercises: every MySQL column builder drizzle-orm 0.45 has,
// nullable and in each of its modes: `serial()` as a plain column (not the primary key), bigint in number and
// bigint modes, `binary()` and `char()` without a length, boolean, date/datetime/timestamp in date and string
// modes, decimal with no arguments and with a precision only (number and bigint modes), double, float, real,
// int, mediumint, smallint, tinyint, json, text, time, year, varbinary and varchar with lengths, a two-value
// mysqlEnum; a table of date/time columns with fractional seconds (time fsp 1, datetime fsp 2, timestamp fsp 3,
// in both modes); and a small table with a `serial()` primary key and a NOT NULL text.
// None of drizzle-orm's code is reproduced: the tables, columns and names are this corpus's own.
import {
  bigint,
  binary,
  boolean,
  char,
  date,
  datetime,
  decimal,
  double,
  float,
  int,
  json,
  mediumint,
  mysqlEnum,
  mysqlTable,
  real,
  serial,
  smallint,
  text,
  time,
  timestamp,
  tinyint,
  varbinary,
  varchar,
  year,
} from "drizzle-orm/mysql-core";

export const typeMatrix = mysqlTable("type_matrix", {
  seq: serial("seq"),
  label: varchar("label", { length: 255 }),
  kind: mysqlEnum("kind", ["alpha", "beta"]),
  flag: boolean("flag"),
  letter: char("letter"),
  octet: binary("octet"),
  raw: varbinary("raw", { length: 16 }),
  note: text("note"),
  payload: json("payload"),
  small: tinyint("small"),
  short: smallint("short"),
  medium: mediumint("medium"),
  whole: int("whole"),
  bigNumber: bigint("big_number", { mode: "number" }),
  bigNative: bigint("big_native", { mode: "bigint" }),
  fixed: decimal("fixed"),
  fixedNumber: decimal("fixed_number", { precision: 30, mode: "number" }),
  fixedNative: decimal("fixed_native", { precision: 30, mode: "bigint" }),
  single: float("single"),
  dbl: double("dbl"),
  approx: real("approx"),
  day: date("day", { mode: "date" }),
  dayText: date("day_text", { mode: "string" }),
  clock: time("clock"),
  moment: datetime("moment", { mode: "date" }),
  momentText: datetime("moment_text", { mode: "string" }),
  stamp: timestamp("stamp", { mode: "date" }),
  stampText: timestamp("stamp_text", { mode: "string" }),
  vintage: year("vintage"),
});

export const clockValues = mysqlTable("clock_values", {
  onDay: date("on_day"),
  onDayText: date("on_day_text", { mode: "string" }),
  at: time("at", { fsp: 1 }),
  happened: datetime("happened", { fsp: 2 }),
  happenedText: datetime("happened_text", { mode: "string", fsp: 2 }),
  recorded: timestamp("recorded", { fsp: 3 }),
  recordedText: timestamp("recorded_text", { mode: "string", fsp: 3 }),
  season: year("season"),
});

export const tagGroups = mysqlTable("tag_groups", {
  id: serial("id").primaryKey(),
  title: text("title").notNull(),
});
