import { Server } from "@hocuspocus/server";
import { SQLite } from "@hocuspocus/extension-sqlite";
import { ready, requiredEnv } from "./probe";

/** Hocuspocus 3 with its SQLite extension and default debounce (2 s, at most 10 s). */
const port = Number(requiredEnv("PORT"));
const sqlite = new SQLite({ database: `${requiredEnv("DATA_DIR")}/hocuspocus.sqlite` });
const server = new Server({ port, address: "127.0.0.1", quiet: true, stopOnSignals: false, extensions: [sqlite] });
await server.listen();
ready(port);

// Its own signal handler exits before SQLite has run the stores it queued; wait for them.
process.on("SIGTERM", () => {
  void server.destroy().finally(() => {
    if (!sqlite.db) process.exit(0);
    sqlite.db.close(() => process.exit(0));
  });
});
