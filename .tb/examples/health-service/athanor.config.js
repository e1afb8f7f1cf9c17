import { defineConfig } from "athanor";
export default defineConfig({
    // DATABASE_URL wins anyway (it ranks above `url`); written out so the file says where the URL comes from.
    url: process.env.DATABASE_URL,
    // No DATABASE_URL: an embedded PostgreSQL (PGlite) in ./.data, so `npm run` works with no server.
    defaultUrl: "pglite:./.data",
    scriptLocation: "migrations",
    models: "./models.ts",
});
