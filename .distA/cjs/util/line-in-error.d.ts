export declare function lineInError(e: unknown, path: string): number | null;
