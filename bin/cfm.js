#!/usr/bin/env node
// The `cfm` command: runs the compiled CLI (`npm run build` makes it).
import { existsSync } from "node:fs";

const main = new URL("../dist/server/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  console.error("cfm is not built yet: run `npm run build` in the project folder first.");
  process.exit(2);
}
await import(main.href);
