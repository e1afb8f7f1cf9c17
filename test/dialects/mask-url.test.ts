import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { maskUrl, scrubSecrets } from "../../src/dialects/mask-url.js";
import { dialectForUrl, supportedUrlSchemes } from "../../src/dialects/registry.js";
import { isAthanorError } from "../../src/errors.js";

describe("maskUrl", () => {
  const cases: Array<[string, string]> = [
    ["postgresql://app:s3cret@db:5432/x", "postgresql://app:***@db:5432/x"],
    ["postgres://app:s3cret@db/x?sslmode=require", "postgres://app:***@db/x?sslmode=require"],
    ["postgresql+psycopg://app:pa%40ss@db/x", "postgresql+psycopg://app:***@db/x"],
    ["postgresql+psycopg2://u:p@h/d", "postgresql+psycopg2://u:***@h/d"],
    ["postgresql+asyncpg://u:p@h/d", "postgresql+asyncpg://u:***@h/d"],
    ["postgresql://u:raw@pass:word@h/d", "postgresql://u:***@h/d"],
    ["postgresql://u@h/d?password=abc&sslmode=require", "postgresql://u@h/d?password=***&sslmode=require"],
    ["postgresql://h/d?sslmode=require&PASSWORD=abc", "postgresql://h/d?sslmode=require&PASSWORD=***"],
    ["postgresql://u:p@h/d?sslpassword=k", "postgresql://u:***@h/d?sslpassword=***"],
    ["postgresql://u@h/d", "postgresql://u@h/d"],
    ["postgresql://h/d", "postgresql://h/d"],
    ["postgresql://u:@h/d", "postgresql://u:@h/d"],
    ["pglite:./data", "pglite:./data"],
    ["host=db user=app password=s3cret dbname=x", "host=db user=app password=*** dbname=x"],
    ["host=db password='a b' dbname=x", "host=db password=*** dbname=x"],
  ];
  for (const [url, masked] of cases) {
    test(url, () => assert.equal(maskUrl(url), masked));
  }

  test("scrubSecrets removes raw and decoded passwords from any text", () => {
    const url = "postgresql://u:p%40ss%2Fw@h/d?password=qq1";
    assert.equal(scrubSecrets("failed for p%40ss%2Fw / p@ss/w / qq1", url), "failed for *** / *** / ***");
  });
});

describe("dialectForUrl", () => {
  test("picks the PostgreSQL dialect and the right driver", () => {
    for (const url of ["postgresql://h/d", "POSTGRES://h/d", "postgresql+psycopg://h/d", "postgresql+asyncpg://h/d"]) {
      const r = dialectForUrl(url);
      assert.equal(r.dialect.name, "postgresql");
      assert.equal(r.driver.packageName, "pg");
    }
    assert.equal(dialectForUrl("pglite:memory").driver.packageName, "@electric-sql/pglite");
  });

  test("an unknown scheme lists the supported ones and masks the password", () => {
    assert.throws(
      () => dialectForUrl("oracle://root:hunter2@h/d"),
      (e: unknown) => {
        assert.ok(isAthanorError(e));
        assert.equal(e.code, "DIALECT.UNSUPPORTED_URL");
        assert.match(e.message, /scheme "oracle:"/);
        assert.match(e.message, /postgresql:\/\//);
        assert.match(e.message, /pglite:/);
        assert.match(e.message, /mysql:\/\//);
        assert.match(e.message, /oracle:\/\/root:\*\*\*@h\/d/);
        assert.ok(!e.message.includes("hunter2"));
        return true;
      },
    );
    assert.throws(() => dialectForUrl("no scheme here"), /no scheme/);
    assert.ok(supportedUrlSchemes().includes("postgresql+psycopg://"));
  });
});
