/**
 * Minimal structural views of drizzle's objects (its own types are not a
 * dependency), as its table readers (src/dialects/<name>/drizzle-table.ts)
 * and the casing and audit helpers read them. The shapes are those of
 * drizzle-orm's pg-core; its other cores have the same members where they
 * have the feature.
 */
import type { ReferentialAction } from "../../schema/column.js";
export declare const NAME: unique symbol;
export declare const SCHEMA: unique symbol;
export interface DrizzleSql {
    toQuery(config: unknown): {
        sql: string;
        params: unknown[];
    };
}
export interface DrizzleTableRef {
    readonly [NAME]: string;
    readonly [SCHEMA]?: string;
}
export interface DrizzleColumn {
    readonly name: string;
    readonly notNull: boolean;
    readonly primary: boolean;
    readonly default?: unknown;
    readonly hasDefault?: boolean;
    readonly isUnique?: boolean;
    readonly uniqueName?: string;
    readonly uniqueType?: "distinct" | "not distinct";
    readonly columnType: string;
    readonly enum?: {
        enumName: string;
        enumValues: string[];
        schema?: string;
    };
    readonly baseColumn?: DrizzleColumn;
    readonly generated?: {
        readonly as: unknown;
        readonly mode?: string;
    };
    readonly generatedIdentity?: {
        type: "always" | "byDefault";
        sequenceOptions?: {
            startWith?: number | string;
            increment?: number | string;
        };
    };
    readonly table: DrizzleTableRef;
    getSQLType(): string;
    mapToDriverValue?(value: unknown): unknown;
}
export interface DrizzleIndexedColumn {
    readonly name: string;
    readonly indexConfig?: {
        order?: "asc" | "desc";
        nulls?: "first" | "last";
        opClass?: string;
    };
}
export interface DrizzleTableConfig {
    readonly name: string;
    readonly schema?: string;
    readonly columns: DrizzleColumn[];
    readonly indexes: Array<{
        config: {
            name?: string;
            columns: Array<DrizzleIndexedColumn | DrizzleSql>;
            unique: boolean;
            method?: string;
            where?: DrizzleSql;
            concurrently?: boolean;
        };
    }>;
    readonly foreignKeys: Array<{
        reference(): {
            columns: DrizzleColumn[];
            foreignColumns: DrizzleColumn[];
            name?: string;
        };
        onDelete?: ReferentialAction;
        onUpdate?: ReferentialAction;
        getName(): string;
    }>;
    readonly checks: Array<{
        name: string;
        value: DrizzleSql;
    }>;
    readonly primaryKeys: Array<{
        columns: DrizzleColumn[];
        name?: string;
        getName(): string;
    }>;
    readonly uniqueConstraints: Array<{
        columns: DrizzleColumn[];
        name?: string;
        nullsNotDistinct?: boolean;
        getName(): string;
    }>;
}
export interface DrizzlePgCore {
    getTableConfig(table: unknown): DrizzleTableConfig;
    PgDialect: new () => {
        sqlToQuery(sql: DrizzleSql, invokeSource?: string): {
            sql: string;
            params: unknown[];
        };
    };
}
