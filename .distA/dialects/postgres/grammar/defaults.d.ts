/**
 * Server defaults: does the model's default equal the one PostgreSQL
 * reports? Values (`default: "draft"`) are compared as values against the
 * parsed literal (`'draft'::character varying`); `sql()` defaults by
 * normal form. Anything still unsure is settled on the server.
 */
import type { Verdict } from "../../../autogenerate/schema-comparator.js";
import type { ColumnType } from "../../../schema/column-type.js";
import { type ColumnDefault } from "../../../schema/value.js";
export type { Verdict };
/** Parses PostgreSQL array text `{a,"b c",NULL}` (one level deep is enough for defaults; nested arrays recurse). */
export declare function parseArrayText(text: string): unknown[] | null;
/**
 * Compares a model default with the server's default text for a column of
 * `type` (the database's type). `dbText` null means no default.
 */
export declare function compareDefault(model: ColumnDefault | undefined, dbText: string | null, type: ColumnType): Verdict;
