/**
 * The server's flavour and version, read from the version string the server
 * sends when it greets a client (no query needed): MySQL `8.0.36`,
 * MariaDB `5.5.5-10.11.6-MariaDB-0+deb12u1` (the `5.5.5-` prefix is for old
 * clients) or `10.11.6-MariaDB`.
 */
export interface ServerFlavour {
    readonly mariadb: boolean;
    /** major * 10000 + minor * 100 + patch, e.g. 80036 or 101106. */
    readonly version: number;
}
export declare function parseServerVersion(text: string): ServerFlavour;
/** MySQL 8.0.x or MariaDB from the version number alone (MariaDB's numbers start at 10.0). */
export declare function describeServer(flavour: ServerFlavour): string;
