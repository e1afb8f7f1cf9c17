/** The installed package's version. */
export declare function packageVersion(): string;
/** `file:` URL of the public API entry (what revision files import as "athanor"). */
export declare function apiEntryUrl(): URL;
/** `file:` URL of a module next to the API entry, e.g. "config/settings.js". */
export declare function apiModuleUrl(relative: string): URL;
/** A folder shipped at the package root, e.g. "templates". */
export declare function packageDir(name: string): string;
