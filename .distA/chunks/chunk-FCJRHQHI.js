import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
import{indexDefinitionKeys,splitIndexElement}from"./chunk-M7ZMBH2X.js";function serialBase(type){switch(type.kind){case"serial":return{kind:"integer"};case"bigserial":return{kind:"bigint"};case"smallserial":return{kind:"smallint"};default:return null}}function describeType(type){switch(type.kind){case"varchar":case"char":return type.length===void 0?type.kind:`${type.kind}(${type.length})`;case"numeric":return type.precision===void 0?"numeric":type.scale===void 0?`numeric(${type.precision})`:`numeric(${type.precision},${type.scale})`;case"time":return`time${type.precision===void 0?"":`(${type.precision})`}${type.withTimeZone?" with time zone":""}`;case"timestamp":case"timestamptz":return`${type.kind}${type.precision===void 0?"":`(${type.precision})`}`;case"array":return`${describeType(type.of)}[]`;case"enum":return type.schema?`${type.schema}.${type.name}`:type.name;case"raw":return type.sql;default:return type.kind}}function isNarrowing(from,to){if(from.kind==="varchar"&&(to.kind==="varchar"||to.kind==="text"))return to.kind==="text"||to.length===void 0?!1:from.length===void 0||to.length<from.length;if(from.kind==="char"&&(to.kind==="varchar"||to.kind==="text"))return!1;if((from.kind==="varchar"||from.kind==="char")&&to.kind==="char")return!0;if(from.kind==="text"&&to.kind==="varchar")return to.length!==void 0;if(from.kind==="smallint"&&(to.kind==="integer"||to.kind==="bigint"||to.kind==="numeric")||from.kind==="integer"&&(to.kind==="bigint"||to.kind==="numeric"))return!1;if(from.kind==="numeric"&&to.kind==="numeric"){if(to.precision===void 0)return!1;if(from.precision===void 0)return!0;let fs=from.scale??0,ts=to.scale??0;return to.precision-ts<from.precision-fs||ts<fs}return from.kind==="real"&&to.kind==="double"?!1:(from.kind==="timestamp"||from.kind==="timestamptz")&&(to.kind==="timestamp"||to.kind==="timestamptz")?(to.precision??6)<(from.precision??6):!(from.kind==="json"&&to.kind==="jsonb")}var str=v=>v==null?"":String(v),optStr=v=>v==null?null:String(v),num=v=>Number(v),bool=v=>v===!0||v==="t"||v==="true";function jsonArray(v){return v==null?[]:typeof v=="string"?JSON.parse(v):v}var ACTIONS={a:"no action",r:"restrict",c:"cascade",n:"set null",d:"set default"};function catalogType(typname,typschema,typtype,typmod,formatted){if(typtype==="e")return{kind:"enum",name:typname,schema:typschema};if(typtype==="d"||typschema!=="pg_catalog")return{kind:"raw",sql:formatted};switch(typname){case"int4":return{kind:"integer"};case"int8":return{kind:"bigint"};case"int2":return{kind:"smallint"};case"bool":return{kind:"boolean"};case"text":return{kind:"text"};case"varchar":return typmod>=4?{kind:"varchar",length:typmod-4}:{kind:"varchar"};case"bpchar":return typmod>=4?{kind:"char",length:typmod-4}:{kind:"raw",sql:"bpchar"};case"numeric":{if(typmod<4)return{kind:"numeric"};let precision=typmod-4>>16&65535,scale=(typmod-4&2047^1024)-1024;return{kind:"numeric",precision,scale}}case"float4":return{kind:"real"};case"float8":return{kind:"double"};case"date":return{kind:"date"};case"time":return typmod>=0?{kind:"time",precision:typmod}:{kind:"time"};case"timetz":return typmod>=0?{kind:"time",precision:typmod,withTimeZone:!0}:{kind:"time",withTimeZone:!0};case"timestamp":return typmod>=0?{kind:"timestamp",precision:typmod}:{kind:"timestamp"};case"timestamptz":return typmod>=0?{kind:"timestamptz",precision:typmod}:{kind:"timestamptz"};case"interval":return typmod<0?{kind:"interval"}:{kind:"raw",sql:formatted};case"uuid":return{kind:"uuid"};case"json":return{kind:"json"};case"jsonb":return{kind:"jsonb"};case"bytea":return{kind:"bytea"};case"inet":return{kind:"inet"};default:return{kind:"raw",sql:formatted}}}var KNOWN_TYPE_NAMES=["int4","int8","int2","bool","text","varchar","bpchar","numeric","float4","float8","date","time","timetz","timestamp","timestamptz","uuid","json","jsonb","bytea","inet"].flatMap(n=>[n,`_${n}`]);function columnType(r){let formatted=str(r.formatted);if(r.elem_name!==null&&r.elem_name!==void 0&&str(r.typcategory)==="A"){let inner=formatted.replace(/(\[\])+$/,"");return{kind:"array",of:catalogType(str(r.elem_name),str(r.elem_schema),str(r.elem_typtype),num(r.atttypmod),inner)}}return catalogType(str(r.typname),str(r.typschema),str(r.typtype),num(r.atttypmod),formatted)}var SERIALS={integer:{kind:"serial"},bigint:{kind:"bigserial"},smallint:{kind:"smallserial"}};function checkBody(def){let m=/^CHECK \(([\s\S]*)\)(\s+NOT VALID)?(\s+NO INHERIT)?$/.exec(def.trim());return m?m[1].trim():def}function key(schema,name){return`${schema}\0${name}`}async function introspect(conn,options={}){let head=(await conn.query(`select current_schema() as s, current_setting('server_version_num')::int as v,
                to_json(array(select nspname::text from pg_catalog.pg_namespace
                               where nspname !~ '^pg_' and nspname <> 'information_schema' order by 1)) as schemas`)).rows[0]??{},defaultSchema=str(head.s)||"public",serverVersion=num(head.v),existingSchemas=jsonArray(head.schemas),schemas=[...new Set(options.schemas&&options.schemas.length>0?options.schemas:[defaultSchema,...options.extraSchemas??[]])],include=options.include,excluded=new Set((options.excludeTables??[]).map(t=>key(t.schema??defaultSchema,t.name))),nnd=serverVersion>=15e4?"i.indnullsnotdistinct":"false",tables=await conn.query(`select c.oid::text as oid, n.nspname as schema, c.relname as name, c.relkind::text as relkind,
              d.description as comment
         from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
         left join pg_catalog.pg_description d on d.objoid = c.oid and d.classoid = 'pg_catalog.pg_class'::regclass and d.objsubid = 0
        where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = any($1::text[])
        order by n.nspname, c.relname`,[schemas]),columns=await conn.query(`select a.attrelid::text as oid, a.attnum, a.attname as name, a.attnotnull as notnull, a.atttypmod,
              t.typname, tn.nspname as typschema, t.typtype::text as typtype, t.typcategory::text as typcategory,
              et.typname as elem_name, etn.nspname as elem_schema, et.typtype::text as elem_typtype,
              case when tn.nspname = 'pg_catalog' and t.typname = any($2::text[]) then null
                   else format_type(a.atttypid, a.atttypmod) end as formatted,
              case when a.attgenerated = '' then pg_get_expr(d.adbin, 0) else pg_get_expr(d.adbin, d.adrelid) end as "default",
              a.attidentity::text as identity, a.attgenerated::text as generated,
              cd.description as comment
         from pg_catalog.pg_attribute a
         join pg_catalog.pg_class c on c.oid = a.attrelid
         join pg_catalog.pg_namespace n on n.oid = c.relnamespace
         join pg_catalog.pg_type t on t.oid = a.atttypid
         join pg_catalog.pg_namespace tn on tn.oid = t.typnamespace
         left join pg_catalog.pg_type et on et.oid = t.typelem and t.typcategory = 'A'
         left join pg_catalog.pg_namespace etn on etn.oid = et.typnamespace
         left join pg_catalog.pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
         left join pg_catalog.pg_description cd
           on cd.objoid = a.attrelid and cd.classoid = 'pg_catalog.pg_class'::regclass and cd.objsubid = a.attnum
        where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = any($1::text[])
          and a.attnum > 0 and not a.attisdropped
        order by a.attrelid, a.attnum`,[schemas,KNOWN_TYPE_NAMES]),sequences=await conn.query(`select dep.refobjid::text as oid, dep.refobjsubid as attnum, dep.deptype::text as deptype, sc.relname as seqname,
            s.seqstart::text as seqstart, s.seqincrement::text as seqincrement
       from pg_catalog.pg_depend dep
       join pg_catalog.pg_class sc on sc.oid = dep.objid and sc.relkind = 'S'
       join pg_catalog.pg_namespace sn on sn.oid = sc.relnamespace
       join pg_catalog.pg_sequence s on s.seqrelid = sc.oid
      where dep.classid = 'pg_catalog.pg_class'::regclass and dep.refclassid = 'pg_catalog.pg_class'::regclass
        and dep.deptype in ('a', 'i')`),seqByColumn=new Map;for(let r of sequences.rows)seqByColumn.set(`${str(r.oid)}:${num(r.attnum)}`,r);let constraints=await conn.query(`select con.conrelid::text as oid, con.conname as name, con.contype::text as type,
              to_json(array(select a.attname::text from unnest(con.conkey) with ordinality k(n, i)
                              join pg_catalog.pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i)) as columns,
              to_json(array(select a.attname::text from unnest(con.confkey) with ordinality k(n, i)
                              join pg_catalog.pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.i)) as refcolumns,
              fc.relname as reftable, fn.nspname as refschema,
              con.confupdtype::text as onupdate, con.confdeltype::text as ondelete, con.confmatchtype::text as matchtype,
              con.condeferrable as deferrable, con.condeferred as deferred, con.convalidated as validated,
              case when con.contype = 'c' then pg_get_constraintdef(con.oid, true) end as def,
              ${serverVersion>=15e4?"coalesce(i.indnullsnotdistinct, false)":"false"} as nullsnotdistinct
         from pg_catalog.pg_constraint con
         join pg_catalog.pg_class c on c.oid = con.conrelid
         join pg_catalog.pg_namespace n on n.oid = c.relnamespace
         left join pg_catalog.pg_class fc on fc.oid = con.confrelid
         left join pg_catalog.pg_namespace fn on fn.oid = fc.relnamespace
         left join pg_catalog.pg_index i on i.indexrelid = con.conindid and con.contype = 'u'
        where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = any($1::text[])
          and con.contype in ('p', 'u', 'f', 'c', 'x') and con.conislocal
        order by con.conrelid, con.conname`,[schemas]),indexes=await conn.query(`select i.indrelid::text as oid, ic.relname as name, i.indisunique as isunique, am.amname as method,
              i.indnkeyatts as nkey, i.indisvalid as valid,
              to_json(array(select k.n from unnest(i.indkey::int2[]) with ordinality k(n, j) order by k.j)) as keys,
              to_json(array(select k.o from unnest(i.indoption::int2[]) with ordinality k(o, j) order by k.j)) as options,
              case when 0 = any(i.indkey::int2[])
                   then to_json(array(select case when k.n = 0 then pg_get_indexdef(i.indexrelid, k.j::int, true) end
                                        from unnest(i.indkey::int2[]) with ordinality k(n, j) order by k.j)) end as elements,
              to_json(array(select case when opc.opcdefault then null else opc.opcname::text end
                              from unnest(i.indclass::oid[]) with ordinality k(o, j)
                              join pg_catalog.pg_opclass opc on opc.oid = k.o order by k.j)) as opclasses,
              to_json(array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality k(n, j)
                              left join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.n order by k.j)) as attnames,
              pg_get_expr(i.indpred, i.indrelid, true) as predicate,
              ${nnd} as nullsnotdistinct,
              pg_get_indexdef(i.indexrelid) as definition
         from pg_catalog.pg_index i
         join pg_catalog.pg_class ic on ic.oid = i.indexrelid
         join pg_catalog.pg_class c on c.oid = i.indrelid
         join pg_catalog.pg_namespace n on n.oid = c.relnamespace
         join pg_catalog.pg_am am on am.oid = ic.relam
        where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = any($1::text[])
          and not exists (select 1 from pg_catalog.pg_constraint con
                           where con.conindid = i.indexrelid and con.conrelid = i.indrelid and con.contype in ('p', 'u', 'x'))
        order by i.indrelid, ic.relname`,[schemas]),enums=await conn.query(`select n.nspname as schema, t.typname as name, to_json(array_agg(e.enumlabel::text order by e.enumsortorder)) as labels
         from pg_catalog.pg_type t
         join pg_catalog.pg_namespace n on n.oid = t.typnamespace
         join pg_catalog.pg_enum e on e.enumtypid = t.oid
        where n.nspname = any($1::text[])
        group by n.nspname, t.typname
        order by n.nspname, t.typname`,[schemas]),byOid=new Map,ordered=[];for(let r of tables.rows){let schema=str(r.schema),name=str(r.name);if(excluded.has(key(schema,name))||include&&!include({type:"table",name,schema,source:"database"}))continue;let b={schema,name,comment:optStr(r.comment),partitioned:str(r.relkind)==="p",columns:[],primaryKey:null,foreignKeys:[],uniques:[],checks:[],indexes:[],exclusions:[]};byOid.set(str(r.oid),b),ordered.push(b)}for(let r of columns.rows){let t=byOid.get(str(r.oid));if(!t)continue;let name=str(r.name);if(include&&!include({type:"column",name,schema:t.schema,table:t.name,source:"database"}))continue;let type=columnType(r),def=optStr(r.default),seq=seqByColumn.get(`${str(r.oid)}:${num(r.attnum)}`)??{},deptype=optStr(seq.deptype),identityKind=str(r.identity),identity=null;if(identityKind==="a"||identityKind==="d")identity={generation:identityKind==="a"?"always":"byDefault",start:BigInt(str(seq.seqstart)||"1"),increment:BigInt(str(seq.seqincrement)||"1")};else if(deptype==="a"&&def!==null&&/^nextval\(/i.test(def)&&SERIALS[type.kind]){let seqName=str(seq.seqname);(def.includes(seqName.replace(/'/g,"''"))||def.includes(`"${seqName}"`))&&(type=SERIALS[type.kind],def=null)}let generated=str(r.generated)==="s"||str(r.generated)==="v"?def:null;t.columns.push({name,type,nullable:!bool(r.notnull),default:generated!==null?null:def,identity,generated,...str(r.generated)==="v"?{generatedVirtual:!0}:{},comment:optStr(r.comment),formatted:optStr(r.formatted)??describeType(type)})}for(let r of constraints.rows){let t=byOid.get(str(r.oid));if(!t)continue;let name=str(r.name),cols=jsonArray(r.columns),deferrable=bool(r.deferrable),initiallyDeferred=bool(r.deferred),type=str(r.type);if(!(include&&type!=="x"&&!include({type:type==="p"?"primaryKey":type==="u"?"uniqueConstraint":type==="f"?"foreignKey":"check",name,schema:t.schema,table:t.name,source:"database"})))if(type==="p")t.primaryKey={name,columns:cols};else if(type==="u")t.uniques.push({name,columns:cols,nullsNotDistinct:bool(r.nullsnotdistinct),deferrable,initiallyDeferred});else if(type==="f"){let m=str(r.matchtype);t.foreignKeys.push({name,columns:cols,refSchema:str(r.refschema),refTable:str(r.reftable),refColumns:jsonArray(r.refcolumns),onDelete:ACTIONS[str(r.ondelete)]??"no action",onUpdate:ACTIONS[str(r.onupdate)]??"no action",match:m==="f"?"full":m==="p"?"partial":"simple",deferrable,initiallyDeferred,validated:bool(r.validated)})}else type==="c"?t.checks.push({name,expression:checkBody(str(r.def)),validated:bool(r.validated)}):t.exclusions.push(name)}for(let r of indexes.rows){let t=byOid.get(str(r.oid));if(!t)continue;let name=str(r.name);if(include&&!include({type:"index",name,schema:t.schema,table:t.name,source:"database"}))continue;let keys=jsonArray(r.keys),opts=jsonArray(r.options),exprs=jsonArray(r.elements),opclasses=jsonArray(r.opclasses),attnames=jsonArray(r.attnames),nkey=num(r.nkey),definition=str(r.definition),keyTexts=indexDefinitionKeys(definition),elements=[];for(let k=0;k<nkey;k++){let o=opts[k]??0,desc=(o&1)!==0,nullsFirst=(o&2)!==0,column=keys[k]!==0?attnames[k]??null:null;elements.push({column,expression:column??exprs[k]??"",order:desc?"desc":"asc",nulls:nullsFirst?"first":"last",opclass:opclasses[k]??null,collation:keyTexts&&keyTexts.length===nkey?splitIndexElement(keyTexts[k]).collation:null})}let include_=[];for(let k=nkey;k<keys.length;k++)include_.push(attnames[k]??exprs[k]??"");t.indexes.push({name,unique:bool(r.isunique),method:str(r.method),elements,include:include_,where:optStr(r.predicate),nullsNotDistinct:bool(r.nullsnotdistinct),valid:bool(r.valid),definition})}let enumList=[];for(let r of enums.rows){let e={schema:str(r.schema),name:str(r.name),values:jsonArray(r.labels)};include&&!include({type:"enum",name:e.name,schema:e.schema,source:"database"})||enumList.push(e)}let result=ordered.map(b=>({...b}));return{defaultSchema,schemas,existingSchemas,serverVersion,tables:result,enums:enumList,queries:7}}var postgresIntrospector={introspect};export{serialBase,describeType,isNarrowing,catalogType,introspect,postgresIntrospector};
