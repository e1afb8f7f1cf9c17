/** The duration in ms (not rounded), or null when the text is not a duration. */
export declare function parseDurationMs(value: number | string): number | null;
/** A duration setting in whole ms (at most 2^31 - 1); refuses what is not a non-negative duration, naming the setting. */
export declare function durationSettingMs(value: number | string, name: string): number;
