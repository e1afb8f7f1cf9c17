import type { PostWriteHook } from "../config/settings.js";
export declare function runPostWriteHooks(hooks: readonly PostWriteHook[], file: string, projectDir: string): string[];
