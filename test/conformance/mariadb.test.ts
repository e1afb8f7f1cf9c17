/** The conformance suite on MariaDB (127.0.0.1:3306, or ATHANOR_TEST_MYSQL_URL). */
import { defineConformanceSuite } from "./suite.js";
import { mariadbTarget } from "./targets/mariadb.js";

await defineConformanceSuite(mariadbTarget);
