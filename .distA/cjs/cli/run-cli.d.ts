import "../api/provide-api.js";
export declare function main(argv: string[]): Promise<number>;
/** Runs the CLI in this process: output guards, one command, the exit code. */
export declare function runCli(argv: string[]): Promise<void>;
