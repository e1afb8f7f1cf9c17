export const HOSTILE_SQL = [
    // line ends: PostgreSQL ends a -- comment at \n or \r, nothing else
    { sql: "select 1; -- note\rCOMMIT", keyword: "COMMIT" },
    { sql: "select 1; -- note\r\nCOMMIT", keyword: "COMMIT" },
    { sql: "select 1; --\rROLLBACK", keyword: "ROLLBACK" },
    { sql: "select 1 -- note\rCOMMIT", keyword: null }, // one statement: select 1 AS commit
    { sql: "select 1; -- note\fCOMMIT", keyword: null },
    { sql: "select 1; -- note\u2028COMMIT", keyword: null },
    { sql: "select 1; -- note\u0085COMMIT", keyword: null },
    { sql: "select 1;\u00a0COMMIT", keyword: null }, // a no-break space is an identifier character
    {
        sql: "select 1;\vCOMMIT",
        keyword: "COMMIT",
        conservative: "\\v is whitespace from PostgreSQL 16 on; older servers reject the text",
    },
    // comments
    { sql: "select 1;/* a /* nested */ still a comment */COMMIT", keyword: "COMMIT" },
    { sql: "select 1;/* a /* nested */ COMMIT; */ select 2", keyword: null },
    { sql: "select 1; /*/ COMMIT; */ select 2", keyword: null },
    { sql: "select 1 /* unterminated; COMMIT", keyword: null },
    { sql: "select 1 +/* x */ 1; COMMIT", keyword: "COMMIT" },
    { sql: "select 1 +-- x\r1; COMMIT", keyword: "COMMIT" },
    // '' strings and standard_conforming_strings
    { sql: "select 'a'';COMMIT;--'", keyword: null },
    { sql: "select 'a\\'; COMMIT; --'", keyword: "COMMIT" }, // conforming: 'a\' ends the literal
    { sql: "select '\\''; COMMIT; --'", keyword: "COMMIT" }, // non-conforming: '\'' ends the literal
    { sql: "select E'\\''; COMMIT; --'", keyword: "COMMIT" },
    { sql: "select E'a\\'; COMMIT; --'", keyword: null },
    { sql: "select e'\\\\'; COMMIT", keyword: "COMMIT" },
    { sql: "select N'a\\'; COMMIT; --'", keyword: "COMMIT" },
    { sql: "select B'0''; COMMIT; --'", keyword: null },
    { sql: "select X'0f' as x, 'a\\'; COMMIT; --'", keyword: "COMMIT" },
    { sql: "select U&'d\\0061t'; COMMIT", keyword: "COMMIT" },
    {
        sql: "select U&'\\'; COMMIT; --'",
        keyword: "COMMIT",
        conservative: "U&'\\' is an invalid Unicode escape, so the server rejects the text",
    },
    { sql: "select 1 as xe'; COMMIT; --'", keyword: null }, // xe is a word: no E'' literal here
    // continuation: 'a'<newline>'b' is one literal, read in the first part's mode
    { sql: "select 'a'\n'b'; COMMIT", keyword: "COMMIT" },
    { sql: "select E'a'\n'\\''; COMMIT; --'", keyword: "COMMIT" },
    { sql: "select 'a' -- c\n'\\''; COMMIT; --'", keyword: "COMMIT" },
    {
        sql: "select E'a' /* c */\n'\\''; COMMIT; --'",
        keyword: "COMMIT",
        conservative: "a block comment breaks the continuation: two literals in a row are a syntax error",
    },
    { sql: "select B'1'\n'0''; COMMIT; --'", keyword: null },
    // quoted identifiers
    { sql: 'select 1 as "a""b"; COMMIT', keyword: "COMMIT" },
    { sql: 'select 1 as "a;COMMIT"', keyword: null },
    { sql: 'select 1 as U&"a""; COMMIT; --"', keyword: null },
    { sql: '"commit"', keyword: null },
    // dollar quotes, parameters, identifiers holding $
    { sql: "select $$;COMMIT;$$", keyword: null },
    { sql: "select $a$ $b$ ; COMMIT; $b$ $a$", keyword: null },
    { sql: "select $a$ x $a$; COMMIT", keyword: "COMMIT" },
    { sql: "select $_1$ ; COMMIT; $_1$", keyword: null },
    { sql: "select $é$ ; COMMIT; $é$", keyword: null },
    { sql: "select 1 as a$b$; COMMIT; --$b$", keyword: "COMMIT" },
    { sql: "select $b$x$b$ as a; COMMIT", keyword: "COMMIT" },
    { sql: "create or replace function pg_temp.f1(a int) returns int return $1; COMMIT; -- $1$", keyword: "COMMIT" },
    { sql: "select 1e5$a$; COMMIT; $a$", keyword: null },
    {
        sql: "select $1a$ ; COMMIT; $1a$",
        keyword: "COMMIT",
        conservative: "$1 followed by letters is trailing junk from PostgreSQL 15 on; before, $1 then the word a$",
    },
    {
        sql: "select 1a$b$; COMMIT; --$b$",
        keyword: "COMMIT",
        conservative: "1a$b$ is trailing junk from PostgreSQL 15 on; before, it read as 1 AS a$b$",
    },
    { sql: "select $ab ; COMMIT", keyword: "COMMIT", conservative: "a lone $ is a syntax error" },
    // keywords: case, whitespace, comments between them; non-ASCII look-alikes
    { sql: "start /* x */ transaction", keyword: "START TRANSACTION" },
    { sql: "Begin Isolation Level Serializable", keyword: "BEGIN" },
    { sql: "\tcOmMiT AND NO CHAIN\n", keyword: "COMMIT" },
    { sql: "end work", keyword: "END" },
    { sql: "abort transaction", keyword: "ABORT" },
    { sql: "savepoint s1; release s1", keyword: "SAVEPOINT" },
    { sql: "commit--x\rprepared 'x'", keyword: "COMMIT PREPARED" },
    { sql: "ROLLBACK/**/PREPARED 'x'", keyword: "ROLLBACK PREPARED" },
    { sql: "PREPARE TRANSACTION 'x'", keyword: "PREPARE TRANSACTION" },
    { sql: "commıt", keyword: null }, // dotless ı: JavaScript upper-cases it to I, PostgreSQL does not
    { sql: "ſavepoint a", keyword: null }, // long s: likewise
    { sql: "select 1 commit", keyword: null },
    // server-side code: transaction control inside it fails in a transaction block
    { sql: "DO $$ BEGIN COMMIT; END $$", keyword: null },
    { sql: "CALL tx_commit_proc()", keyword: null },
    // BEGIN ATOMIC bodies end at an END that starts one of their statements
    {
        sql: "create or replace function pg_temp.fa() returns int language sql begin atomic select 1 as case; end; COMMIT",
        keyword: "COMMIT",
    },
    {
        sql: "create or replace function pg_temp.fb() returns int begin atomic select case when true then 1 else 2 end; end; COMMIT",
        keyword: "COMMIT",
    },
    {
        sql: "create or replace function pg_temp.fc() returns int begin atomic select t.end from (select 1 as end) t; end; COMMIT",
        keyword: "COMMIT",
    },
    { sql: "create or replace function pg_temp.fd() returns int begin atomic select 1; select 2; end", keyword: null },
    { sql: "create or replace procedure pg_temp.pe() begin atomic end; COMMIT", keyword: "COMMIT" },
    { sql: "select 1 as begin; select 2 as atomic; COMMIT", keyword: "COMMIT" },
];
