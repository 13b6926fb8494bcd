/**
 * Browser tests (`npm run test:e2e`): one real server on a temporary data folder with the demo
 * loaded, driven through Debian's Chromium. Kept out of `npm test`. Files run one after another:
 * they share the server, and the machine has two cores.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    globalSetup: ["e2e/support/global-setup.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 90_000,
    // one retry: a browser test on a loaded two-core machine occasionally times out (seen 1 in 8 runs)
    retry: 1,
    hookTimeout: 240_000,
  },
});
