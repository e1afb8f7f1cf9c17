/**
 * Which tables reference which, as the history's operations built them:
 * what `table-rebuild` asks before a revision ("does another table point at
 * this one?"), since lint has no database to look at. Built by replaying the
 * upgrade() of every revision, parents first, without a database.
 *
 * What it sees: foreign keys of `createTable` (table-level and column
 * shorthand), `addColumn` with `references`, `createForeignKey`; what undoes
 * them: `dropConstraint` by name, `dropTable`, `dropColumn` (its shorthand
 * key); `renameTable` moves both ends. Foreign keys written in raw SQL
 * (`op.execute`) are not seen. Branches are replayed one after the other, so
 * a sibling branch's keys count too: the answer errs towards "referenced".
 */
import type { Operation } from "../operations/operation.js";
export declare class ForeignKeyGraph {
    private edges;
    /** The tables (other than itself) whose foreign keys point at `table`, as written, sorted. */
    referencedBy(table: string, schema?: string): string[];
    copy(): ForeignKeyGraph;
    apply(op: Operation): void;
    private addShorthand;
    private add;
}
