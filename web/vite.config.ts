/**
 * Builds the single-page app into web/dist, which the server serves at `/` (src/http/web.ts).
 * No plugin: Vite transforms TSX itself (automatic JSX runtime). `vite --config web/vite.config.ts`
 * serves it in development and forwards /api to a server started with `npm start`.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  publicDir: "public",
  oxc: { jsx: { runtime: "automatic" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // MapLibre alone is about 1 MB; it is loaded only with the map pages.
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
  server: {
    proxy: { "/api": `http://127.0.0.1:${process.env.PORT ?? "3000"}` },
  },
});
