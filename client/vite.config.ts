import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/** The Brownpaper server the dev server forwards the API and sync socket to. */
const SERVER = process.env.BROWNPAPER_SERVER ?? "http://localhost:8080";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/api": SERVER,
      "/healthz": SERVER,
      "/sync": { target: SERVER, ws: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // One page app: React Flow, Yjs and the shared model load together on the board page anyway.
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL("index.html", import.meta.url)),
        // The review survey is its own light page (no React Flow, no Yjs): people open it on a phone.
        survey: fileURLToPath(new URL("survey.html", import.meta.url)),
      },
    },
  },
});
