import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
function revisionJson(rev){return{revision:rev.id,downRevisions:rev.downRevisions,dependsOn:rev.dependsOn,branchLabels:rev.branchLabels,message:rev.message,path:rev.path??null,isHead:rev.isRealHead,isEffectiveHead:rev.isHead&&!rev.isRealHead,isBranchPoint:rev.isBranchPoint,isMergePoint:rev.isMergePoint}}export{revisionJson};
