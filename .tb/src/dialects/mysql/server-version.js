export function parseServerVersion(text) {
    const mariadb = /mariadb/i.test(text);
    const stripped = mariadb ? text.replace(/^5\.5\.5-/, "") : text;
    const m = /^(\d+)\.(\d+)\.(\d+)/.exec(stripped);
    const version = m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : 0;
    return { mariadb, version };
}
/** MySQL 8.0.x or MariaDB from the version number alone (MariaDB's numbers start at 10.0). */
export function describeServer(flavour) {
    const v = flavour.version;
    return `${flavour.mariadb ? "MariaDB" : "MySQL"} ${Math.floor(v / 10000)}.${Math.floor(v / 100) % 100}.${v % 100}`;
}
