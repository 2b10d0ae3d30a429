import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/** The Brownpaper server the dev server forwards the API and sync socket to. */
const SERVER = process.env.BROWNPAPER_SERVER ?? "http://localhost:8080";

/** In the dev server, review survey links (/s/...) open survey.html, as the built server serves them. */
const surveyPages: Plugin = {
  name: "brownpaper-survey-pages",
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url && /^\/s(\/|$|\?)/.test(req.url)) req.url = "/survey.html";
      next();
    });
  },
};

export default defineConfig({
  plugins: [react(), surveyPages],
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
