/**
 * `pg`: PostgreSQL-only column types, e.g. `pg.jsonb()`, `pg.inet()`,
 * `pg.array(t.text())`, `pg.serial()`. The portable types are on `t`. The
 * objects are the same as the old `t.jsonb()`… aliases build, so either
 * spelling renders the same SQL; types PostgreSQL knows but Athanor has no
 * kind for (`cidr`, `tsvector`, …) are raw type text tagged with the
 * dialect, compared by their text as introspection reads them back.
 */
import type { ArrayType, BigserialType, ColumnType, InetType, IntervalType, JsonbType, RawType, SerialType, SmallserialType, TimeType } from "../../schema/column-type.js";
import { type PrecisionArg } from "../../schema/types-builder.js";
export declare const pg: {
    /** `serial`: an integer with an owned sequence (portably: `t.integer()` with `identity`). */
    readonly serial: () => SerialType;
    readonly bigserial: () => BigserialType;
    readonly smallserial: () => SmallserialType;
    /** Binary JSON: indexable, keys deduplicated and reordered (portable `t.json()` keeps the text as written). */
    readonly jsonb: () => JsonbType;
    readonly inet: () => InetType;
    readonly cidr: () => RawType;
    readonly macaddr: () => RawType;
    readonly macaddr8: () => RawType;
    readonly interval: () => IntervalType;
    /** `time with time zone`. */
    readonly timetz: (precision?: PrecisionArg) => TimeType;
    /** `TEXT[]` for `pg.array(t.text())`. */
    readonly array: <T extends ColumnType>(of: T) => ArrayType & {
        readonly of: T;
    };
    readonly tsvector: () => RawType;
    readonly tsquery: () => RawType;
    readonly money: () => RawType;
    readonly xml: () => RawType;
    readonly point: () => RawType;
    readonly line: () => RawType;
    readonly box: () => RawType;
    readonly polygon: () => RawType;
    readonly circle: () => RawType;
};
export type PgTypeBuilders = typeof pg;
