import { redactUrl, type Config } from "../config";
import { errorMessage, type Logger } from "../logger";
import { StartupError } from "../storage/open-store";
import { LocalBus, type BoardBus } from "./board-bus";
import { RedisBus } from "./redis-bus";

/** Redis pub/sub when REDIS_URL is set (start-up waits until it answers), else the single-instance bus. */
export async function openBus(config: Config, logger: Logger): Promise<BoardBus> {
  if (config.redisUrl === undefined) return new LocalBus();
  const bus = new RedisBus(config.redisUrl, logger);
  try {
    await bus.ready();
  } catch (error) {
    await bus.close();
    throw new StartupError(`Redis at REDIS_URL ${redactUrl(config.redisUrl)} cannot be used: ${errorMessage(error)}`);
  }
  return bus;
}
