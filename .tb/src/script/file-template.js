/**
 * Names new revision files. Two template syntaxes are accepted:
 *   - Athanor's: `{year}{month:02}{day:02}_{hour:02}{minute:02}-{rev}_{slug}`
 *   - Alembic's, as teams copy it from alembic.ini: `%(year)d%(month).2d%(day).2d_%(hour).2d%(minute).2d-%(rev)s_%(slug)s`
 * Tokens: rev, slug, epoch, year, month, day, hour, minute, second. `:0N`
 * (or `.Nd`) pads with zeros. Dates are in the configured time zone.
 */
import { AthanorError } from "../errors.js";
export const FILE_TEMPLATE_TOKENS = ["rev", "slug", "epoch", "year", "month", "day", "hour", "minute", "second"];
/** Calendar fields of `date` in an IANA time zone. */
export function datePartsIn(date, timeZone) {
    const fmt = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
    });
    const parts = {};
    for (const p of fmt.formatToParts(date))
        if (p.type !== "literal")
            parts[p.type] = Number(p.value);
    return {
        year: parts.year ?? 0,
        month: parts.month ?? 0,
        day: parts.day ?? 0,
        hour: parts.hour ?? 0,
        minute: parts.minute ?? 0,
        second: parts.second ?? 0,
        epoch: Math.floor(date.getTime() / 1000),
    };
}
/** `2026-11-21 14:05:09.123456+00:00` style Create Date in the configured zone (Alembic-like). */
export function formatCreateDate(date, timeZone) {
    const p = datePartsIn(date, timeZone);
    const pad = (n, w = 2) => String(n).padStart(w, "0");
    const ms = pad(date.getUTCMilliseconds(), 3);
    const offsetMin = Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(date.getTime() / 1000) * 1000) / 60000);
    const sign = offsetMin < 0 ? "-" : "+";
    const off = Math.abs(offsetMin);
    return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.${ms}000${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}
export function renderFileTemplate(template, values) {
    const lookup = (token) => {
        if (!FILE_TEMPLATE_TOKENS.includes(token)) {
            throw new AthanorError("CONFIG.INVALID", `fileTemplate: unknown token '${token}' (known: ${FILE_TEMPLATE_TOKENS.join(", ")})`);
        }
        const t = token;
        if (t === "rev")
            return values.rev;
        if (t === "slug")
            return values.slug;
        return values.date[t];
    };
    const pad = (v, width) => width && typeof v === "number" ? String(v).padStart(width, "0") : String(v);
    return template
        .replace(/%%/g, "%")
        .replace(/%\((\w+)\)(?:\.(\d+))?([sd])/g, (_, token, width) => pad(lookup(token), width ? Number(width) : undefined))
        .replace(/\{(\w+)(?::0?(\d+))?\}/g, (_, token, width) => pad(lookup(token), width ? Number(width) : undefined));
}
/** Alembic's slug: the words of the message, lower-cased, joined by `_`, cut at a word boundary. */
export function slugify(message, truncate) {
    let slug = (message.match(/[\p{L}\p{N}_]+/gu) ?? []).join("_").toLowerCase();
    if (slug.length > truncate) {
        const cut = slug.slice(0, truncate);
        const i = cut.lastIndexOf("_");
        slug = `${i > 0 ? cut.slice(0, i) : cut}_`;
    }
    return slug;
}
