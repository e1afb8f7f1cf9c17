import type { ColumnType } from "../../schema/column-type.js";
/** A column type as PostgreSQL DDL: `VARCHAR(255)`, `NUMERIC(10, 2)`, `TEXT[]`, `"mood"`. */
export declare function renderColumnType(type: ColumnType): string;
