export declare function loadDotenv(dir: string, env?: NodeJS.ProcessEnv): string[];
