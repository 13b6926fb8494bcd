// `npm run build:server`: compile src/ to dist/server/ and copy the files the server reads at run
// time (SQL migrations, shipped geographic data) beside the compiled modules that read them.
import { spawnSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { createRequire } from "node:module";

const OUT = "dist/server";
const ASSETS = /\.(sql|json|md)$/;

rmSync(OUT, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const res = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
if (res.status !== 0) process.exit(res.status ?? 1);
cpSync("src", OUT, {
  recursive: true,
  filter: (src) => !/\.[a-z]+$/.test(src) || ASSETS.test(src),
});
console.log(`Server compiled to ${OUT}/`);
