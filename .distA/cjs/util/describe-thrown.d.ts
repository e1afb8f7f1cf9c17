/** An Error's first message line; anything else shown as a value (`'text'`, `undefined`, `{ message: 'boom' }`). */
export declare function describeThrown(value: unknown): string;
/** A thrown value that is not an Error, as it would be written in code. */
export declare function showValue(value: unknown): string;
