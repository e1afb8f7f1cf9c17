/**
 * PostgreSQL's comparator for autogenerate: its type grammar, default and
 * expression normal forms, the names it gives and truncates, index
 * definitions, and the server-side check (loaded only when it runs).
 */
import type { SchemaComparator } from "../../autogenerate/schema-comparator.js";
export declare const postgresComparator: SchemaComparator;
