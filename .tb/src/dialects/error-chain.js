/**
 * The machine-readable codes an error carries: its own `code`, its causes'
 * and, for an AggregateError (a host with several addresses), each inner
 * error's, outermost first. Text is never read.
 */
export function errorCodes(error) {
    const codes = [];
    const seen = new Set();
    const visit = (x) => {
        if (!x || typeof x !== "object" || seen.has(x))
            return;
        seen.add(x);
        const o = x;
        if (typeof o.code === "string" || typeof o.code === "number")
            codes.push(String(o.code));
        visit(o.cause);
        if (Array.isArray(o.errors))
            o.errors.forEach(visit);
    };
    visit(error);
    return codes;
}
