import type { SqlStatement } from "../dialect.js";
export declare function inline(stmt: SqlStatement): string;
