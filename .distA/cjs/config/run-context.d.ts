export declare class RunContext {
    /** The `-x` values by key (a key given twice: the last value). */
    readonly values: Readonly<Record<string, string>>;
    /** `--tag` of upgrade, downgrade or stamp, if given. */
    readonly tag: string | undefined;
    constructor(values?: Readonly<Record<string, string>>, tag?: string);
    /** From the command line: `-x tenant=acme -x dry` (no `=`: the empty string, as Alembic). */
    static fromArgs(args?: readonly string[], tag?: string): RunContext;
    /** The value of `-x key=…`, else `fallback` (else undefined). */
    get(key: string): string | undefined;
    get(key: string, fallback: string): string;
    has(key: string): boolean;
    /** The value of `-x key=…`; a run without it fails, saying what to pass. */
    require(key: string): string;
    /** `-x dry`, `-x dry=1|true|yes|on` → true; absent or `0|false|no|off` → false; anything else is an error. */
    flag(key: string): boolean;
    /** The keys given, in order. */
    keys(): string[];
    toJSON(): {
        values: Record<string, string>;
        tag?: string;
    };
}
export declare const EMPTY_RUN_CONTEXT: RunContext;
