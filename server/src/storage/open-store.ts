import { redactUrl, type Config } from "../config";
import { errorMessage } from "../logger";
import type { BoardStore } from "./board-store";
import { PostgresStore } from "./postgres-store";
import { SqliteStore } from "./sqlite-store";

/** A service named in the configuration could not be reached or used; start-up stops. */
export class StartupError extends Error {
  override name = "StartupError";
}

/** Node reports a refused connection to a name with several addresses as an AggregateError without a message. */
function describe(error: unknown): string {
  const nested = error instanceof AggregateError ? error.errors[0] : undefined;
  const message = errorMessage(nested ?? error);
  const code = (error as { code?: unknown }).code ?? (nested as { code?: unknown } | undefined)?.code;
  if (message !== "") return message;
  return typeof code === "string" ? code : "unknown error";
}

/** PostgreSQL when DATABASE_URL is set (its schema created or migrated now), else SQLite in DATA_DIR. */
export async function openStore(config: Config): Promise<{ store: BoardStore; kind: "postgres" | "sqlite" }> {
  const { limits } = config;
  if (config.databaseUrl === undefined) {
    const options = { busyTimeoutMs: limits.sqliteBusyTimeoutMs, busyRetryMs: limits.sqliteBusyRetryMs };
    return { store: SqliteStore.inDirectory(config.dataDir, options), kind: "sqlite" };
  }
  try {
    const store = await PostgresStore.connect(config.databaseUrl, {
      ...(config.databaseSchema === undefined ? {} : { schema: config.databaseSchema }),
      queryTimeoutMs: limits.databaseQueryTimeoutMs,
    });
    return { store, kind: "postgres" };
  } catch (error) {
    throw new StartupError(
      `PostgreSQL at DATABASE_URL ${redactUrl(config.databaseUrl)} cannot be used: ${describe(error)}`,
    );
  }
}
