export declare function lockPgliteDir(dir: string, timeoutMs?: number): Promise<() => void>;
