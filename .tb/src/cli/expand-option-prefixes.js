import { UsageError } from "../errors.js";
export function expandOptionPrefixes(program, argv) {
    if (!argv.some((a) => a.startsWith("--") && a !== "--"))
        return [...argv];
    const out = [];
    let command = program;
    let seenCommand = false;
    const known = new Map();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === "--") {
            out.push(...argv.slice(i));
            break;
        }
        if (!arg.startsWith("-") || arg === "-") {
            if (!seenCommand) {
                seenCommand = true;
                command = program.commands.find((c) => c.name() === arg || c.aliases().includes(arg)) ?? program;
                // an unknown command: leave the rest as it is for commander to report
                if (command === program) {
                    out.push(...argv.slice(i));
                    break;
                }
            }
            out.push(arg);
            continue;
        }
        const options = optionsOf(command, known);
        let option;
        if (arg.startsWith("--")) {
            const eq = arg.indexOf("=");
            const name = eq < 0 ? arg : arg.slice(0, eq);
            option = options.find((o) => o.long === name) ?? uniquePrefixMatch(options, name);
            const expanded = option?.long ? `${option.long}${eq < 0 ? "" : arg.slice(eq)}` : arg;
            out.push(expanded);
            if (eq >= 0)
                continue; // the value is in this argument
        }
        else {
            out.push(arg);
            // `-m msg`; `-mmsg` and combined flags (`-qv`) carry no separate value
            if (arg.length === 2)
                option = options.find((o) => o.short === arg);
        }
        // The value of an option that takes one is the next argument, whatever it looks like (as commander reads it).
        const next = argv[i + 1];
        if (option && next !== undefined && (option.required || (option.optional && !next.startsWith("-")))) {
            out.push(next);
            i++;
        }
    }
    return out;
}
/** The command's options, hidden ones too, and its built-in --help. */
function optionsOf(command, known) {
    let options = known.get(command);
    if (!options) {
        const help = command.createHelp().visibleOptions(command).filter((o) => o.long === "--help");
        options = [...command.options, ...help];
        known.set(command, options);
    }
    return options;
}
function uniquePrefixMatch(options, name) {
    if (name.length <= 2)
        return undefined;
    const candidates = options.filter((o) => o.long?.startsWith(name));
    if (candidates.length === 1)
        return candidates[0];
    if (candidates.length > 1) {
        const names = [...new Set(candidates.map((o) => o.long))].sort();
        throw new UsageError(`ambiguous option: ${name} could match ${names.join(", ")}`);
    }
    return undefined;
}
