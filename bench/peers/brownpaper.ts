import { ready, requiredEnv } from "./probe";

// Brownpaper's own entry point, unchanged: config from PORT, DATA_DIR, LOG_LEVEL, ROOM_UNLOAD_DELAY_MS.
const port = Number(requiredEnv("PORT"));
await import(new URL("../../server/src/index.ts", import.meta.url).href);
ready(port);
