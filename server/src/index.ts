import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./logger";
import { startServer } from "./server";
import { StartupError } from "./storage/open-store";

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Brownpaper cannot start: ${error.message}\n`);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
// A bug that escapes every handler still ends the process (its state is unknown), but as a log line.
const crash =
  (kind: string) =>
  (error: unknown): void => {
    logger.error("process.crashed", {
      kind,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    process.exit(1);
  };
process.on("uncaughtException", crash("uncaughtException"));
process.on("unhandledRejection", crash("unhandledRejection"));
let server;
try {
  server = await startServer(config, { logger });
} catch (error) {
  if (!(error instanceof StartupError)) throw error;
  process.stderr.write(`Brownpaper cannot start: ${error.message}\n`);
  process.exit(1);
}
logger.info("server.started", {
  url: server.url,
  publicUrl: config.publicUrl ?? null,
  dataDir: config.dataDir,
  storage: config.databaseUrl === undefined ? "sqlite" : "postgres",
  bus: config.redisUrl === undefined ? "local" : "redis",
});

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  logger.info("server.stopping", { signal });
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error("server.stop_failed", { error: (error as Error).message });
      process.exit(1);
    },
  );
};
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
