export declare function nameHash(text: string): string;
