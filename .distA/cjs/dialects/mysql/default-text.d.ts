import type { ColumnType } from "../../schema/column-type.js";
import type { ColumnDefault } from "../../schema/value.js";
import type { Verdict } from "../../autogenerate/schema-comparator.js";
export interface CatalogDefault {
    readonly columnDefault: string | null;
    readonly extra: string;
    /** The column's canonical type text (see type-text.ts). */
    readonly typeText: string;
    readonly mariadb: boolean;
}
/**
 * MySQL 8 prints expressions in the catalog (expression defaults,
 * generation expressions, CHECK clauses, functional key parts) with their
 * quotes backslash-escaped: `concat(_utf8mb4\\'a\\')` is `concat(_utf8mb4'a')`.
 */
export declare function unescapeCatalogText(text: string): string;
/** Does EXTRA say ON UPDATE CURRENT_TIMESTAMP? */
export declare function hasOnUpdate(extra: string): boolean;
/** The SQL text of a column's default, or null for none (ON UPDATE is apart: hasOnUpdate). */
export declare function defaultSqlText(c: CatalogDefault): string | null;
/** `X ON UPDATE Y` split in two, or the text alone. */
export declare function splitOnUpdate(text: string): {
    base: string;
    onUpdate: string | null;
};
/** The model's default against the catalog's text (see defaultSqlText). */
export declare function compareDefault(model: ColumnDefault | undefined, dbText: string | null, type: ColumnType): Verdict;
