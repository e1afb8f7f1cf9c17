import { bulkInsertColumns } from "../../operations/bulk-insert.js";
import { isSqlExpression } from "../../schema/sql-expression.js";
import { qualify, quoteList } from "./quote.js";
/** PostgreSQL accepts at most 65535 bind parameters per statement; stay well below. */
export const MAX_PARAMS_PER_STATEMENT = 30_000;
export const MAX_ROWS_PER_STATEMENT = 1_000;
export function renderExecute(op) {
    return [op.params && op.params.length > 0 ? { sql: op.sql, params: [...op.params] } : { sql: op.sql }];
}
/**
 * Multi-row `INSERT ... VALUES ($1, $2), ($3, DEFAULT)` statements with every
 * value bound; `sql()` cells are inlined as SQL, missing cells are DEFAULT.
 */
export function renderBulkInsert(op) {
    if (op.rows.length === 0)
        return [];
    const columns = bulkInsertColumns(op.rows);
    const head = `INSERT INTO ${qualify(op.table, op.schema)} (${quoteList(columns)}) VALUES `;
    const rowsPerStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMS_PER_STATEMENT / columns.length)));
    const out = [];
    for (let start = 0; start < op.rows.length; start += rowsPerStatement) {
        const params = [];
        const tuples = op.rows.slice(start, start + rowsPerStatement).map((row) => {
            const cells = columns.map((c) => {
                const v = row[c];
                if (v === undefined)
                    return "DEFAULT";
                if (isSqlExpression(v))
                    return v.sql;
                params.push(v);
                return `$${params.length}`;
            });
            return `(${cells.join(", ")})`;
        });
        out.push(params.length > 0 ? { sql: head + tuples.join(", "), params } : { sql: head + tuples.join(", ") });
    }
    return out;
}
