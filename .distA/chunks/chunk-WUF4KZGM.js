import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
function parseServerVersion(text){let mariadb=/mariadb/i.test(text),stripped=mariadb?text.replace(/^5\.5\.5-/,""):text,m=/^(\d+)\.(\d+)\.(\d+)/.exec(stripped),version=m?Number(m[1])*1e4+Number(m[2])*100+Number(m[3]):0;return{mariadb,version}}export{parseServerVersion};
