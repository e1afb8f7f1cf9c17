export declare const KNOWN_SETTINGS: readonly string[];
export declare function validateConfig(raw: unknown, file: string): Record<string, unknown>;
export declare function describe(v: unknown): string;
