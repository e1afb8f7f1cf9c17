/** Clause-level pieces shared by the MySQL renderers. */
import type { ReferentialAction } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { ForeignKeyDefinition } from "../../schema/constraints.js";
import { type SqlText } from "../../schema/sql-expression.js";
import type { ColumnDefault } from "../../schema/value.js";
import type { MysqlOnlineDdl } from "./options.js";
export declare function constraintName(name: string | undefined): string;
/**
 * A primary key's `CONSTRAINT name`: MySQL names every primary key PRIMARY and keeps no other name, and refuses
 * `CONSTRAINT PRIMARY` itself ("Incorrect index name"), the name the catalog gives back (so autogenerate's
 * downgrade of a primary-key change carries it): that one is left out.
 */
export declare function primaryKeyConstraintName(name: string | undefined): string;
export declare function actionsClause(def: {
    onDelete?: ReferentialAction;
    onUpdate?: ReferentialAction;
}): string;
/** `[CONSTRAINT n] FOREIGN KEY (...) REFERENCES ... (...)` (table constraint or ALTER TABLE ADD). */
export declare function foreignKeyClause(fk: Pick<ForeignKeyDefinition, "name" | "columns" | "refTable" | "refSchema" | "refColumns" | "onDelete" | "onUpdate">, schema?: string): string;
export declare function checkClause(name: string | undefined, expression: SqlText): string;
export declare function renderDefault(value: ColumnDefault, type?: ColumnType): string;
/** `, ALGORITHM=INPLACE, LOCK=NONE` for ALTER TABLE (`leading`: `, `) or ` ALGORITHM=INPLACE LOCK=NONE` for CREATE/DROP INDEX (` `). */
export declare function onlineDdlClause(options: MysqlOnlineDdl | undefined, separator: ", " | " "): string;
