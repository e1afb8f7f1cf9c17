/** A warning when drizzle.config in `projectDir` sets a casing other than `casing`, or null. */
export declare function drizzleCasingHint(projectDir: string, casing: string | undefined): string | null;
