/**
 * `$n` placeholders (numbered, reusable) to `?` with the values in the order
 * they are used. `$n` counts only where a name can't continue (`a$1` is a name).
 */
export declare function numberedToPositional(sql: string, params: readonly unknown[]): {
    sql: string;
    params: unknown[];
};
/** `?` placeholders replaced, in order, by `render(value)` (offline scripts). */
export declare function inlinePositional(sql: string, params: readonly unknown[], render: (value: unknown) => string): string;
