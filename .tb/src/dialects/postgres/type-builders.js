import { t } from "../../schema/types-builder.js";
function named(sql) {
    return () => ({ kind: "raw", sql, dialect: "postgresql" });
}
export const pg = {
    /** `serial`: an integer with an owned sequence (portably: `t.integer()` with `identity`). */
    serial: () => t.serial(),
    bigserial: () => t.bigserial(),
    smallserial: () => t.smallserial(),
    /** Binary JSON: indexable, keys deduplicated and reordered (portable `t.json()` keeps the text as written). */
    jsonb: () => t.jsonb(),
    inet: () => t.inet(),
    cidr: named("cidr"),
    macaddr: named("macaddr"),
    macaddr8: named("macaddr8"),
    interval: () => t.interval(),
    /** `time with time zone`. */
    timetz: (precision) => t.time(typeof precision === "number" ? { precision, withTimeZone: true } : { ...precision, withTimeZone: true }),
    /** `TEXT[]` for `pg.array(t.text())`. */
    array: (of) => t.array(of),
    tsvector: named("tsvector"),
    tsquery: named("tsquery"),
    money: named("money"),
    xml: named("xml"),
    point: named("point"),
    line: named("line"),
    box: named("box"),
    polygon: named("polygon"),
    circle: named("circle"),
};
