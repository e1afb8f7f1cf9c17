/** `athanor` at the start of a command: line start, after `$ `, `npx [--no-install] `, `run: `, `VAR=value `, `&& `. */
const INVOCATION = /(?:^\s*(?:-\s+run:\s+)?|\$ |&& |npx (?:--no-install )?|^\s*(?:[A-Z_]+=\S+ )+)athanor ([a-z][a-z-]*)(.*)$/;
export function athanorInvocations(code) {
    const found = [];
    code.split("\n").forEach((raw, line) => {
        // exec form: ["npx", "--no-install", "athanor", "upgrade", "-1"] -> npx --no-install athanor upgrade -1
        const text = raw.includes('"athanor"') ? raw.replace(/"\s*,\s*"/g, " ").replace(/\["/g, "").replace(/"\]/g, "") : raw;
        const m = INVOCATION.exec(text);
        if (!m)
            return;
        const rest = m[2].replace(/\s#.*$/, "").split(/\s*(?:&&|\||>|;)\s*/)[0];
        const options = [];
        for (const token of rest.split(/\s+/)) {
            const t = token.replace(/^\[+/, "");
            const long = /^--([A-Za-z][\w-]*)/.exec(t);
            const short = /^-([A-Za-z])/.exec(t);
            if (long)
                options.push(`--${long[1]}`);
            else if (short)
                options.push(`-${short[1]}`);
        }
        found.push({ command: m[1], options, line, text: raw.trim() });
    });
    return found;
}
/** Options a `--help` text lists (`-r, --rev-range <range>` gives `-r` and `--rev-range`). */
export function helpOptions(help) {
    const options = new Set();
    for (const m of help.matchAll(/^\s+(-[A-Za-z])?(?:,\s*)?(--[A-Za-z][\w-]*)?/gm)) {
        if (m[1])
            options.add(m[1]);
        if (m[2])
            options.add(m[2]);
    }
    return options;
}
