/**
 * MySQL/MariaDB's comparator for autogenerate: types compared by their
 * canonical text (type-text.ts), defaults and expressions by a parsed normal
 * form (default-text.ts, expression.ts), the names the server keeps
 * (names.ts), and indexes by their parts (prefix lengths, order, FULLTEXT
 * and SPATIAL). Enums are inline column types. MySQL has no server-side
 * check here: everything is settled from the text.
 */
import type { SchemaComparator } from "../../autogenerate/schema-comparator.js";
export declare const mysqlComparator: SchemaComparator;
