import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./logger";
import { startServer } from "./server";

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Brownpaper cannot start: ${error.message}\n`);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
const server = await startServer(config, { logger });
logger.info("server.started", { url: server.url, publicUrl: config.publicUrl ?? null, dataDir: config.dataDir });

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
