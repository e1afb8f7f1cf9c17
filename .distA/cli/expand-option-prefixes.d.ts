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
import type { Command } from "commander";
export declare function expandOptionPrefixes(program: Command, argv: readonly string[]): string[];
