#!/usr/bin/env node
// The `cfm` command: runs the compiled CLI. On a fresh clone (`npm install` only) it builds it
// first (`npm run build`, as `npm start` does), so `npx cfm mission init …` works straight away.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = new URL("../dist/server/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  if (!existsSync(new URL("../node_modules/.bin/tsc", import.meta.url))) {
    console.error(
      "cfm is not built, and cannot be here: run `npm install && npm run build` first.",
    );
    process.exit(2);
  }
  console.error("cfm is not built yet: building it (npm run build)…");
  execSync("npm run build", { cwd: root, stdio: ["ignore", process.stderr, process.stderr] });
}
await import(main.href);
