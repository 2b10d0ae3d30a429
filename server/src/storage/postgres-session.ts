import pg from "pg";

export interface PostgresSessionOptions {
  /** A schema of its own (created on start if missing), e.g. to keep test runs apart. */
  schema?: string;
  max?: number;
  /**
   * How long a statement may run in PostgreSQL (statement_timeout) and how long the client waits
   * for any answer (query_timeout, which also covers a database that stopped answering at all),
   * and for a free connection. Default 10 s.
   */
  queryTimeoutMs?: number;
}

/**
 * A pool whose every session commits synchronously. "Stored before forwarded" means a COMMIT
 * returns only once PostgreSQL has flushed its WAL; with `synchronous_commit = off` — a server,
 * database or role default some set for speed — it returns before, and a crash of the database
 * could lose edits that clients were already sent. The setting is Brownpaper's to choose for
 * its own sessions, so it is set in every session's startup options rather than demanded of the
 * database's configuration.
 */
export function openPool(url: string, options: PostgresSessionOptions = {}): pg.Pool {
  const settings = ["-c synchronous_commit=on", ...(options.schema ? [`-c search_path=${options.schema}`] : [])];
  const timeout = options.queryTimeoutMs ?? 10_000;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    // An unreachable host fails start-up (and later queries) instead of hanging.
    connectionTimeoutMillis: timeout,
    statement_timeout: timeout,
    // A stalled server never answers, so statement_timeout never fires there: the client gives up
    // too, a little later, and the pool drops that connection (a query error releases it with the error).
    query_timeout: timeout + 1000,
    options: settings.join(" "),
  });
  pool.on("error", () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  return pool;
}

/**
 * Refuses a session whose commits would return before they are on disk. The startup options
 * above make that impossible on a direct connection, but a connection pooler configured to drop
 * startup options (PgBouncer's `ignore_startup_parameters = options`) drops that setting
 * silently; better not to start than to acknowledge edits a crash could take back.
 */
export async function requireSynchronousCommit(client: pg.ClientBase): Promise<void> {
  const value = (await client.query<{ synchronous_commit: string }>("SHOW synchronous_commit")).rows[0]
    ?.synchronous_commit;
  if (value !== "off") return;
  throw new Error(
    "synchronous_commit is off for Brownpaper's sessions, so an edit could be acknowledged before it is on disk. " +
      "Turn it on for the database or role (ALTER ROLE … SET synchronous_commit = on), or let Brownpaper's startup options through to PostgreSQL.",
  );
}
