/*
 * Test data for the real-schema corpus (test/autogenerate/corpus-real/). Modelled on a real open-source Drizzle schema:
 *
 *   Repository: https://github.com/drizzle-team/drizzle-orm (drizzle-kit's all-column-types test schema,
 *               `// src/db/schema.ts`, the copy in the code index that imports drizzle from 'orm044')
 *   Licence:    Apache License 2.0
 *
 * Re-typed for this test, not copied: its pgSchema with an enum and tables of its own, and one table per column
 * type with the defaults drizzle-kit's own tests use (JS values: numbers, strings, booleans, objects, arrays,
 * `new Date(...)`; `sql` literals; defaultNow on timestamp/date/time; defaultRandom), arrays of each type,
 * intervals with fields, numeric/decimal with precision, char/varchar lengths, inet/cidr/macaddr, point/line,
 * bit, serial kinds, primary keys on unusual types, unnamed unique indexes.
 * Adjusted: `sql`/pg-core are imported from drizzle-orm (not 'orm044'); `new Date()` defaults are fixed dates
 * (a test must not depend on today); no BigInt default (drizzle-kit 0.31 cannot serialise one: "Do not know
 * how to serialize a BigInt") and no point/line defaults (it writes `DEFAULT [object Object]`); left out: pgSequence and generatedAlwaysAs columns (other areas),
 * geometry/vector/halfvec/sparsevec (extensions not installed), the citext customType (extension).
 */
import { sql } from "drizzle-orm";
import { bigint, bigserial, bit, boolean, char, cidr, date, decimal, doublePrecision, index, inet, integer, interval, json, jsonb, line, macaddr, numeric, pgEnum, pgSchema, pgTable, point, real, serial, smallint, smallserial, text, time, timestamp, uniqueIndex, uuid, varchar, } from "drizzle-orm/pg-core";
export const customSchema = pgSchema("schemass");
export const transactionStatusEnum = customSchema.enum("TransactionStatusEnum", ["PENDING", "FAILED", "SUCCESS"]);
export const enumname = pgEnum("enumname", ["three", "two", "one"]);
export const schemaTest = pgTable("schema_test", {
    columnAll: uuid("column_all").defaultRandom(),
    column: transactionStatusEnum("column").notNull(),
});
export const allSmallIntsCustom = customSchema.table("schema_test2_custom", {
    column1: smallint("column1").default(1),
    column2: smallint("column2").notNull().array().array(),
    column4: smallint("column4").notNull().array().default([1]),
}, (t) => [uniqueIndex().on(t.column1), uniqueIndex("testdfds").on(t.column4)]);
export const allEnumsCustom = customSchema.table("all_enums_custom", {
    columnAll: enumname("column_all").default("three").notNull(),
    column: enumname("columns").array(),
    status: transactionStatusEnum("status").default("PENDING"),
}, (t) => [index("ds").on(t.column)]);
export const allTimestamps = pgTable("all_timestamps", {
    columnDateNow: timestamp("column_date_now", { precision: 1, withTimezone: true, mode: "string" }).defaultNow(),
    columnAll: timestamp("column_all", { mode: "string" }).default("2023-03-01 12:47:29.792"),
    column: timestamp("column", { mode: "string" }).default(sql `'2023-02-28 16:18:31.18'`),
    column2: timestamp("column2", { mode: "string", precision: 3 }).default(sql `'2023-02-28 16:18:31.18'`),
    column3: timestamp("column3").array().notNull(),
    columnDate: timestamp("column_date", { mode: "date", withTimezone: true }).default(new Date("2024-05-06T07:08:09.123Z")),
});
export const allUuids = pgTable("all_uuids", {
    columnAll: uuid("column_all").defaultRandom().notNull(),
    column: uuid("column"),
    column3: uuid("column3").array().notNull(),
});
export const allDates = pgTable("all_dates", {
    column_date_now: date("column_date_now").defaultNow(),
    column_all: date("column_all", { mode: "date" }).default(new Date("2024-01-02T00:00:00Z")).notNull(),
    column_string: date("column_string").default("2024-03-04"),
    column3: date("column3").array().notNull(),
});
export const allReals = pgTable("all_reals", {
    columnAll: real("column_all").default(32).notNull(),
    column: real("column"),
    columnPrimary: real("column_primary").primaryKey().notNull(),
    column3: real("column3").array().notNull(),
});
export const allBigints = pgTable("all_bigints", {
    columnAll: bigint("column_all", { mode: "number" }).default(124).notNull(),
    columnBig: bigint("column_big", { mode: "bigint" }),
    column3: bigint("column3", { mode: "number" }).array().notNull(),
});
export const allBigserials = customSchema.table("all_bigserials_custom", {
    columnAll: bigserial("column_all", { mode: "bigint" }).notNull(),
    column: bigserial("column", { mode: "number" }).notNull(),
});
export const allIntervals = pgTable("all_intervals", {
    columnAllConstrains: interval("column_all_constrains", { fields: "month" }).default("1 mon").notNull(),
    columnMinToSec: interval("column_min_to_sec", { fields: "minute to second" }),
    columnWithoutFields: interval("column_without_fields").default("00:00:01").notNull(),
    column5: interval("column5", { fields: "minute to second", precision: 3 }),
    column3: interval("column3").array().notNull(),
});
export const allSerials = pgTable("all_serials", {
    columnAll: serial("column_all").notNull(),
    column: serial("column").notNull(),
});
export const allSmallserials = pgTable("all_smallserials", {
    columnAll: smallserial("column_all").notNull(),
    column: smallserial("column").notNull(),
});
export const allTexts = customSchema.table("all_texts_custom", {
    columnAll: text("column_all").default("text").notNull(),
    column: text("columns").primaryKey(),
    quoted: text("quoted").default("it's \"quoted\" {x}"),
    column3: text("column3").array().notNull().default(["a", "b,c"]),
}, (t) => [index("test").on(t.column)]);
export const allBools = pgTable("all_bools", {
    columnAll: boolean("column_all").default(true).notNull(),
    column: boolean("column"),
    column3: boolean("column3").array().notNull().default([true, false]),
});
export const allVarchars = pgTable("all_varchars", {
    columnAll: varchar("column_all").default("text").notNull(),
    column: varchar("column", { length: 200 }),
    column3: varchar("column3").array().notNull(),
});
export const allTimes = pgTable("all_times", {
    columnDateNow: time("column_date_now").defaultNow(),
    columnAll: time("column_all").default("22:12:12").notNull(),
    columnTz: time("column_tz", { withTimezone: true, precision: 2 }),
    column3: time("column3").array().notNull(),
});
export const allChars = pgTable("all_chars", {
    columnAll: char("column_all", { length: 1 }).default("t").notNull(),
    column: char("column", { length: 1 }),
    column3: char("column3").array().notNull(),
});
export const allDoublePrecision = pgTable("all_double_precision", {
    columnAll: doublePrecision("column_all").default(33.2).notNull(),
    column: doublePrecision("column"),
    column3: doublePrecision("column3").array().notNull().default([1.5, 2]),
});
export const allJsonb = customSchema.table("all_jsonb_custom", {
    columnDefaultObject: jsonb("column_default_object").default({ hello: "world world" }).notNull(),
    columnDefaultArray: jsonb("column_default_array").default({ hello: { "world world": ["foo", "bar"] } }),
    column: jsonb("column"),
});
export const allJson = customSchema.table("all_json_custom", {
    columnDefaultObject: json("column_default_object").default({ hello: "world world" }).notNull(),
    columnDefaultArray: json("column_default_array").default({ hello: { "world world": ["foo", "bar"] }, foo: "bar", fe: 23 }),
    column: json("column"),
});
export const allIntegers = pgTable("all_integers", {
    columnAll: integer("column_all").primaryKey(),
    column: integer("column").default(-1),
    column3: integer("column3").array().default([1, 2, 3]),
});
export const allNumerics = customSchema.table("all_numerics_custom", {
    columnAll: numeric("column_all", { precision: 1, scale: 1 }).default("0.5").notNull(),
    column: numeric("column", { precision: 12, scale: 2 }).default("10.50"),
    columnNumber: numeric("column_number", { mode: "number", precision: 10 }).default(3),
    columnPrimary: numeric("column_primary").primaryKey().notNull(),
    column3: numeric("column3", { precision: 3, scale: 1 }).array().default(["99.9", "88.8"]),
});
export const allDecimals = pgTable("all_decimals", {
    columnAll: decimal("column_all", { precision: 5, scale: 1 }).default("32").notNull(),
    column: decimal("column"),
    columnPrimary: decimal("column_primary").primaryKey().notNull(),
});
export const allNetwork = pgTable("all_network", {
    cidr: cidr("cidr").default("0.0.0.0/0"),
    cidrPrimary: cidr("cidr_primary").primaryKey().notNull(),
    inet: inet("inet").default("127.0.0.1"),
    inets: inet("inets").array(),
    mac: macaddr("mac").default("08:00:2b:01:02:03"),
});
export const allGeometric = pgTable("all_geometric", {
    id: integer("id").primaryKey(),
    pointXy: point("point_xy", { mode: "xy" }),
    pointTuple: point("point_tuple", { mode: "tuple" }),
    line: line("line"),
});
export const allBits = pgTable("all_bits", {
    columnAll: bit("column_all", { dimensions: 1 }).default("1").notNull(),
    columnAll1: bit("column_all1", { dimensions: 2 }).default("11").notNull(),
    column: bit("column", { dimensions: 3 }).array(),
});
