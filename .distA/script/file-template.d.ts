export declare const FILE_TEMPLATE_TOKENS: readonly ["rev", "slug", "epoch", "year", "month", "day", "hour", "minute", "second"];
export interface DateParts {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second: number;
    epoch: number;
}
/** Calendar fields of `date` in an IANA time zone. */
export declare function datePartsIn(date: Date, timeZone: string): DateParts;
/** `2026-11-21 14:05:09.123456+00:00` style Create Date in the configured zone (Alembic-like). */
export declare function formatCreateDate(date: Date, timeZone: string): string;
export declare function renderFileTemplate(template: string, values: {
    rev: string;
    slug: string;
    date: DateParts;
}): string;
/** Alembic's slug: the words of the message, lower-cased, joined by `_`, cut at a word boundary. */
export declare function slugify(message: string, truncate: number): string;
