import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const SERVER = "http://localhost:8080";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/api": SERVER,
      "/healthz": SERVER,
      "/sync": { target: SERVER, ws: true },
    },
  },
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
});
