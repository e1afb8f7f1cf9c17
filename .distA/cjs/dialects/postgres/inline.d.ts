import type { SqlStatement } from "../dialect.js";
/**
 * A statement with its `$n` placeholders replaced by escaped literals, for
 * offline scripts. Placeholders inside literals, identifiers, comments and
 * dollar quotes are left alone.
 */
export declare function inline(stmt: SqlStatement): string;
