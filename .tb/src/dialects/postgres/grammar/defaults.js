import { isSqlExpression } from "../../../schema/sql-expression.js";
import { isPlainObject } from "../../../schema/value.js";
import { normaliseExpression, parseLiteral } from "./expression.js";
/** Parses PostgreSQL array text `{a,"b c",NULL}` (one level deep is enough for defaults; nested arrays recurse). */
export function parseArrayText(text) {
    let i = 0;
    const parse = () => {
        if (text[i] !== "{")
            return null;
        i++;
        const out = [];
        if (text[i] === "}") {
            i++;
            return out;
        }
        for (;;) {
            if (text[i] === "{") {
                const inner = parse();
                if (inner === null)
                    return null;
                out.push(inner);
            }
            else if (text[i] === '"') {
                i++;
                let s = "";
                while (i < text.length && text[i] !== '"') {
                    if (text[i] === "\\")
                        i++;
                    s += text[i] ?? "";
                    i++;
                }
                if (text[i] !== '"')
                    return null;
                i++;
                out.push(s);
            }
            else {
                let s = "";
                while (i < text.length && text[i] !== "," && text[i] !== "}")
                    s += text[i++];
                out.push(s.trim() === "NULL" ? null : s.trim());
            }
            if (text[i] === ",") {
                i++;
                continue;
            }
            if (text[i] === "}") {
                i++;
                return out;
            }
            return null;
        }
    };
    const r = parse();
    return r !== null && i === text.length ? r : null;
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false; // {} is not []
    if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    if (typeof a === "object") {
        const ka = Object.keys(a).sort();
        const kb = Object.keys(b).sort();
        return (ka.length === kb.length &&
            ka.every((k, i) => k === kb[i] && deepEqual(a[k], b[k])));
    }
    return false;
}
function numericEqual(a, b) {
    if (a === b)
        return true;
    if (/e/i.test(a) || /e/i.test(b)) {
        const x = Number(a);
        return Number.isFinite(x) && x === Number(b);
    }
    const x = Number(a);
    const y = Number(b);
    return Number.isFinite(x) && Number.isFinite(y) && x === y && /^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(b)
        ? stripZeros(a) === stripZeros(b)
        : false;
}
function stripZeros(s) {
    let t = s.replace(/^(-?)0+(?=\d)/, "$1");
    if (t.includes("."))
        t = t.replace(/0+$/, "").replace(/\.$/, "");
    return t === "-0" ? "0" : t;
}
function dateFromText(text) {
    const hasZone = /(Z|[+-]\d{2}(:?\d{2})?)$/.test(text.trim());
    const iso = text
        .trim()
        .replace(" ", "T")
        .replace(/([+-]\d{2})$/, "$1:00");
    return Date.parse(hasZone ? iso : `${iso}Z`);
}
function elementText(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === "boolean")
        return v ? "t" : "f";
    if (v instanceof Date)
        return v.toISOString();
    if (isPlainObject(v))
        return JSON.stringify(v);
    return String(v);
}
function arraysEqual(model, db, of) {
    if (model.length !== db.length)
        return false;
    return model.every((m, i) => {
        const d = db[i];
        if (Array.isArray(m))
            return Array.isArray(d) && arraysEqual(m, d, of);
        const mt = elementText(m);
        if (mt === null || d === null)
            return mt === null && d === null;
        const dt = String(d);
        if (of.kind === "boolean")
            return (mt === "t" || mt === "true") === (dt === "t" || dt === "true");
        if (["integer", "bigint", "smallint", "numeric", "real", "double"].includes(of.kind))
            return numericEqual(mt, dt);
        if (of.kind === "json" || of.kind === "jsonb") {
            try {
                return deepEqual(JSON.parse(mt), JSON.parse(dt));
            }
            catch {
                return mt === dt;
            }
        }
        return mt === dt;
    });
}
/**
 * The JSON value a model default stands for on a json/jsonb column, as the
 * renderer writes it: a string is the JSON text itself, anything else
 * (array, object, number, boolean, Date) is `JSON.stringify`d. Undefined
 * when the string is not JSON.
 */
function modelJson(model) {
    try {
        return JSON.parse(typeof model === "string" ? model : (JSON.stringify(model) ?? "null"));
    }
    catch {
        return undefined;
    }
}
/**
 * A json/jsonb default against the server's `'[...]'::jsonb`: both as JSON
 * values (jsonb reorders keys and drops whitespace; json keeps the text, which
 * parses to the same value).
 */
function compareJsonDefault(model, dbLit) {
    if (dbLit === null || dbLit.kind !== "string")
        return "unsure";
    const m = modelJson(model);
    if (m === undefined)
        return "unsure";
    try {
        return deepEqual(m, JSON.parse(dbLit.value)) ? "same" : "different";
    }
    catch {
        return "unsure";
    }
}
/**
 * Compares a model default with the server's default text for a column of
 * `type` (the database's type). `dbText` null means no default.
 */
export function compareDefault(model, dbText, type) {
    const dbLit = dbText === null ? null : parseLiteral(dbText);
    const dbIsNull = dbText === null || dbLit?.kind === "null";
    if (model === undefined || model === null)
        return dbIsNull ? "same" : "different";
    if (dbText === null)
        return "different";
    if ((type.kind === "json" || type.kind === "jsonb") && !isSqlExpression(model))
        return compareJsonDefault(model, dbLit);
    if (isSqlExpression(model)) {
        const m = normaliseExpression(model.sql);
        const d = normaliseExpression(dbText);
        if (m !== null && m === d)
            return "same";
        const mLit = parseLiteral(model.sql);
        if (mLit && dbLit && mLit.kind === dbLit.kind) {
            if (mLit.kind === "null")
                return "same";
            if (mLit.kind === "number" && dbLit.kind === "number")
                return numericEqual(mLit.value, dbLit.value) ? "same" : "different";
        }
        return "unsure";
    }
    if (dbLit === null) {
        // ARRAY[...] constructors and other expressions: let the server decide.
        return "unsure";
    }
    if (dbLit.kind === "null")
        return "different";
    switch (typeof model) {
        case "boolean":
            if (dbLit.kind === "boolean")
                return dbLit.value === model ? "same" : "different";
            if (dbLit.kind === "string")
                return ["t", "true", "y", "yes", "on", "1"].includes(dbLit.value.toLowerCase()) === model ? "same" : "different";
            return "unsure";
        case "number":
        case "bigint": {
            const v = String(model);
            if (dbLit.kind === "number" || dbLit.kind === "string")
                return numericEqual(v, dbLit.value) ? "same" : dbLit.kind === "number" ? "different" : "unsure";
            return "unsure";
        }
        case "string":
            if (dbLit.kind === "string") {
                if (dbLit.value === model)
                    return "same";
                if (["integer", "bigint", "smallint", "numeric", "real", "double"].includes(type.kind))
                    return numericEqual(model, dbLit.value) ? "same" : "unsure";
                if (type.kind === "json" || type.kind === "jsonb") {
                    try {
                        return deepEqual(JSON.parse(model), JSON.parse(dbLit.value)) ? "same" : "different";
                    }
                    catch {
                        return "unsure";
                    }
                }
                if (type.kind === "boolean" || type.kind.startsWith("time") || type.kind === "date" || type.kind === "interval" || type.kind === "raw")
                    return "unsure";
                return "different";
            }
            if (dbLit.kind === "number")
                return numericEqual(model, dbLit.value) ? "same" : "unsure";
            if (dbLit.kind === "boolean")
                return "unsure";
            return "unsure";
    }
    if (dbLit.kind !== "string")
        return "unsure";
    if (model instanceof Date) {
        if (type.kind === "date")
            return model.toISOString().slice(0, 10) === dbLit.value ? "same" : "unsure";
        const t = dateFromText(dbLit.value);
        return Number.isNaN(t) ? "unsure" : t === model.getTime() ? "same" : "unsure";
    }
    if (model instanceof Uint8Array) {
        const hex = `\\x${Buffer.from(model).toString("hex")}`;
        return dbLit.value.toLowerCase() === hex ? "same" : "unsure";
    }
    if (Array.isArray(model)) {
        const parsed = parseArrayText(dbLit.value);
        if (parsed === null)
            return "unsure";
        const of = type.kind === "array" ? type.of : type;
        return arraysEqual(model, parsed, of) ? "same" : "unsure";
    }
    if (isPlainObject(model)) {
        try {
            return deepEqual(JSON.parse(JSON.stringify(model)), JSON.parse(dbLit.value)) ? "same" : "different";
        }
        catch {
            return "unsure";
        }
    }
    return "unsure";
}
