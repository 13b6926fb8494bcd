/**
 * Builds the single-page app into web/dist, which the server serves at `/` (src/http/web.ts).
 * Vite transforms TSX itself (automatic JSX runtime). `vite --config web/vite.config.ts` serves it
 * in development and forwards /api to a server started with `npm start`.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  publicDir: "public",
  oxc: { jsx: { runtime: "automatic" } },
  plugins: [
    // The offline shell, web/sw/sw.ts, built into dist/sw.js with the list of files to precache.
    VitePWA({
      strategies: "injectManifest",
      srcDir: "sw",
      filename: "sw.ts",
      // registered by src/offline-shell.ts; no web app manifest (the app is not installed)
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // A classic script: every browser with service workers runs it (module workers are newer).
        rollupFormat: "iife",
        // Every file the app may need offline. Not the .woff fonts: the style sheets offer woff2
        // first, and every browser with service workers reads it.
        globPatterns: ["**/*.{html,js,mjs,css,woff2,svg}"],
        // MapLibre's chunk is about 1.1 MB; the default limit (2 MiB) would drop it silently.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
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
