/**
 * The command-line grammar. Each command's code is imported only when that
 * command runs, so `athanor heads` never loads database drivers.
 */
import { Command } from "commander";
import type { CommandContext } from "../commands/context.js";
export type CommandRunner = (name: string, body: (ctx: CommandContext) => Promise<number | undefined>, opts: Record<string, unknown>) => Promise<void>;
export declare function buildProgram(version: string, run: CommandRunner): Command;
