/**
 * `dropEnumValue` as one `DO` block, so it works the same online and in
 * `--sql` scripts: the columns using the type are found when it runs.
 *
 *   1. refuse (RAISE) if any row of any column of the type, or of an array
 *      of it, holds the value — nothing has changed yet;
 *   2. CREATE TYPE <tmp> AS ENUM (<the other values, in order>);
 *   3. for each column: drop its default, ALTER ... TYPE <tmp> USING
 *      col::text::<tmp> (arrays: ::text[]::<tmp>[]);
 *   4. DROP TYPE <old>; ALTER TYPE <tmp> RENAME TO <old name>;
 *   5. put the defaults back (their text names the type, now the new one).
 *
 * Views, rules, partial-index predicates or functions that use the type make
 * PostgreSQL refuse step 3 or 4 with its own error; the migration's
 * transaction leaves everything as it was.
 */
import type { DropEnumValueOp } from "../../operations/drop-enum-value.js";
import type { SqlStatement } from "../dialect.js";
export declare function renderDropEnumValue(op: DropEnumValueOp): SqlStatement[];
