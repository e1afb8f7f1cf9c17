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

export function parseServerVersion(text: string): ServerFlavour {
  const mariadb = /mariadb/i.test(text);
  const stripped = mariadb ? text.replace(/^5\.5\.5-/, "") : text;
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(stripped);
  const version = m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : 0;
  return { mariadb, version };
}

/** MySQL 8.0.x or MariaDB from the version number alone (MariaDB's numbers start at 10.0). */
export function describeServer(flavour: ServerFlavour): string {
  const v = flavour.version;
  return `${flavour.mariadb ? "MariaDB" : "MySQL"} ${Math.floor(v / 10000)}.${Math.floor(v / 100) % 100}.${v % 100}`;
}
