/** Another connection (a backup, a second process, an admin's sqlite3 shell) holds the lock. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

export const FIRST_RETRY_MS = 5;
export const LONGEST_RETRY_MS = 200;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work`; while the database is locked, again from a timer, with backoff, until busyRetryMs
 * have passed or the connection is closed.
 */
export async function retryWhileBusy<T>(work: () => T, busyRetryMs: number, isOpen: () => boolean): Promise<T> {
  const started = performance.now();
  for (let delay = FIRST_RETRY_MS; ; delay = Math.min(delay * 2, LONGEST_RETRY_MS)) {
    try {
      return work();
    } catch (error) {
      if (!isBusy(error) || performance.now() - started >= busyRetryMs || !isOpen()) throw error;
    }
    await sleep(delay);
  }
}
