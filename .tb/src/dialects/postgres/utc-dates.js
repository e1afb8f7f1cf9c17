/**
 * Dates sent as bound values are written in UTC (ISO 8601 with `Z`), the same
 * text an offline script and PGlite use. node-postgres would write them in
 * the local time zone of the machine running Athanor, so the same revision
 * stored a different `timestamp` (without time zone) depending on where it
 * ran. Arrays (of arrays) of Dates too.
 */
export function utcDates(value) {
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? value : value.toISOString();
    if (Array.isArray(value) && value.some((v) => v instanceof Date || Array.isArray(v)))
        return value.map(utcDates);
    return value;
}
