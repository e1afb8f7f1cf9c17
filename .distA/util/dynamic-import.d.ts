export declare function importModule<T = Record<string, unknown>>(specifier: string): Promise<T>;
