/**
 * Dates sent as bound values are written in UTC (ISO 8601 with `Z`), the same
 * text an offline script and PGlite use. node-postgres would write them in
 * the local time zone of the machine running Athanor, so the same revision
 * stored a different `timestamp` (without time zone) depending on where it
 * ran. Arrays (of arrays) of Dates too.
 */
export declare function utcDates(value: unknown): unknown;
