export declare function cacheDir(projectDir?: string): string | null;
