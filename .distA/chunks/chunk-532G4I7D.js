import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
import{createRequire}from"node:module";var loaded;function nodeCrypto(){return loaded??=createRequire(import.meta.url)("node:crypto"),loaded}function sha256Hex(data){return nodeCrypto().createHash("sha256").update(data).digest("hex")}export{nodeCrypto,sha256Hex};
