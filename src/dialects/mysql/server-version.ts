/**
 * The server behind a MySQL-protocol connection, from `SELECT VERSION()`:
 * MariaDB (`10.11.19-MariaDB-0+deb12u1`, or `5.5.5-10.11.19-MariaDB` through
 * some proxies) or MySQL (`8.0.36`, `8.4.3-log`), and its version as one
 * number (major * 10000 + minor * 100 + patch: 8.0.36 is 80036, 10.11.19 is 101119).
 */
export interface ServerVersion {
  readonly mariadb: boolean;
  readonly number: number;
}

export function parseServerVersion(text: string): ServerVersion {
  const mariadb = /mariadb/i.test(text);
  const clean = text.replace(/^5\.5\.5-/, "");
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(clean);
  const number = m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : 0;
  return { mariadb, number };
}
