/**
 * Column types as SQLite declares them. SQLite stores values by type
 * affinity (INTEGER, TEXT, REAL, NUMERIC, BLOB), derived from the declared
 * type's name; Athanor keeps the names people expect (`VARCHAR(255)`,
 * `BOOLEAN`, `TIMESTAMP`) so that introspection reads back what was written.
 */
import type { ColumnType } from "../../schema/column-type.js";
import { type TypeSupport } from "../unsupported.js";
/** Portable types and `t.sql()`; enums are CHECK-based (their values inline), `pg.*` types refused. */
export declare const sqliteTypeSupport: TypeSupport;
/** A column type as SQLite DDL. Enums become TEXT (their CHECK is a column constraint). */
export declare function renderColumnType(type: ColumnType): string;
