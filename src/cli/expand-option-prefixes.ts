/**
 * Unambiguous prefixes of long options, the way argparse (so Alembic) takes
 * them: `revision --autogen` is `--autogenerate`, `--rev-i` is `--rev-id`.
 * Commander only knows whole names, so the arguments are rewritten before it
 * parses them: a `--prefix` (or `--prefix=value`) that starts exactly one
 * long option of the command being run becomes that option; one that starts
 * several is bad usage naming them. Exact names, short options, option
 * values, arguments and everything after `--` are left alone, and so is a
 * prefix that matches nothing (commander reports it as an unknown option).
 */
import type { Command, Option } from "commander";
import { UsageError } from "../errors.js";

export function expandOptionPrefixes(program: Command, argv: readonly string[]): string[] {
  if (!argv.some((a) => a.startsWith("--") && a !== "--")) return [...argv];
  const out: string[] = [];
  let command: Command = program;
  let seenCommand = false;
  const known = new Map<Command, Option[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
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
    let option: Option | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq < 0 ? arg : arg.slice(0, eq);
      option = options.find((o) => o.long === name) ?? uniquePrefixMatch(options, name);
      const expanded = option?.long ? `${option.long}${eq < 0 ? "" : arg.slice(eq)}` : arg;
      out.push(expanded);
      if (eq >= 0) continue; // the value is in this argument
    } else {
      out.push(arg);
      // `-m msg`; `-mmsg` and combined flags (`-qv`) carry no separate value
      if (arg.length === 2) option = options.find((o) => o.short === arg);
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
function optionsOf(command: Command, known: Map<Command, Option[]>): Option[] {
  let options = known.get(command);
  if (!options) {
    const help = command.createHelp().visibleOptions(command).filter((o) => o.long === "--help");
    options = [...command.options, ...help];
    known.set(command, options);
  }
  return options;
}

function uniquePrefixMatch(options: readonly Option[], name: string): Option | undefined {
  if (name.length <= 2) return undefined;
  const candidates = options.filter((o) => o.long?.startsWith(name));
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) {
    const names = [...new Set(candidates.map((o) => o.long as string))].sort();
    throw new UsageError(`ambiguous option: ${name} could match ${names.join(", ")}`);
  }
  return undefined;
}
