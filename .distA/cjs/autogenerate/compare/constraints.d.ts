/**
 * Constraints of one table pair: primary key, unique constraints, foreign
 * keys and CHECKs, each matched by name and then by definition.
 */
import type { CreateForeignKeyOp } from "../../operations/create-foreign-key.js";
import type { SchemaComparator } from "../schema-comparator.js";
import { type DiffContext } from "./diff-context.js";
import { type MForeignKey } from "./model-view.js";
/** The primary key: dropped and created again when its columns (or name) change. */
export declare function diffPrimaryKey(x: DiffContext): void;
/** Unique constraints: matched by name, unnamed ones by columns and options. */
export declare function diffUniques(x: DiffContext): void;
/** Foreign keys: matched by name, unnamed ones by definition. */
export declare function diffForeignKeys(x: DiffContext): void;
/** CHECK constraints: matched by name or condition (normal form, then the server's text). */
export declare function diffChecks(x: DiffContext): void;
export declare function createForeignKeyOp(cmp: SchemaComparator, fk: MForeignKey, table: string, schema: string | undefined): CreateForeignKeyOp;
