import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
import{packageDir}from"./chunk-63X5VS7D.js";import{AthanorError}from"./chunk-OL2GUOIT.js";import{existsSync,readFileSync}from"node:fs";import{join}from"node:path";var builtinDir=()=>packageDir("templates");function templatePath(scriptLocation,extension){let flavour=extension==="js"||extension==="mjs"?"js":"ts",own=join(scriptLocation,`script.${flavour}.tmpl`);return existsSync(own)?{path:own,builtin:!1}:{path:join(builtinDir(),`script.${flavour}.tmpl`),builtin:!0}}function builtinTemplate(flavour){return readFileSync(join(builtinDir(),`script.${flavour}.tmpl`),"utf8")}function renderRevisionTemplate(template,v,templateFile){let str=s=>JSON.stringify(s),down=v.downRevision,values={message:v.message.trimEnd().replace(/\*\//g,"* /").replace(/\n/g,`
 * `),revision:v.revision,revises:down===null?"":Array.isArray(down)?down.join(", "):down,createDate:v.createDate,revisionLiteral:str(v.revision),downRevisionLiteral:down===null?"null":Array.isArray(down)?`[${down.map(str).join(", ")}]`:str(down),branchLabelsLiteral:`[${v.branchLabels.map(str).join(", ")}]`,dependsOnLiteral:`[${v.dependsOn.map(str).join(", ")}]`,imports:v.imports?`${v.imports.replace(/\n*$/,"")}
`:"",upgrades:v.upgrades??"",downgrades:v.downgrades??"",extraExports:v.extraExports??""},fill=line=>line.replace(/\{\{\s*(\w+)\s*\}\}/g,(_,name)=>{let value=values[name];if(value===void 0)throw new AthanorError("SCRIPT.TEMPLATE",`${templateFile}: unknown placeholder {{${name}}}`);return value}),out=template.split(`
`).map(line=>{if(!line.includes("{{"))return line;let cr=line.endsWith("\r")?"\r":"";return`${fill(cr?line.slice(0,-1):line).split(`
`).map(l=>l.trimEnd()).join(`
`)}${cr}`}).join(`
`);return v.extraExports&&!template.includes("extraExports")&&(out=out.replace(/(export const dependsOn[^\n]*\n)/,`$1${v.extraExports}
`)),out.replace(/\n{3,}/g,`

`)}export{templatePath,builtinTemplate,renderRevisionTemplate};
