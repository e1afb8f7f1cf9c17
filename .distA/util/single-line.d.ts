export declare function singleLine(text: string): string;
/** Control characters other than the tab as `\xNN` (for one line of a text printed line by line). */
export declare function escapeControlCharacters(line: string): string;
