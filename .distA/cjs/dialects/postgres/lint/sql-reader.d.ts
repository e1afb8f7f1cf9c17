import type { SqlReader } from "../../../lint/types.js";
/** What libpg-query exports (its types package is not needed). */
export interface PgQuery {
    parseSync(sql: string): {
        stmts?: unknown[];
    };
}
export declare function postgresSqlReader(pg: PgQuery): SqlReader;
