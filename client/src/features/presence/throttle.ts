/**
 * Calls `send` at most once per `intervalMs`, always with the latest value, and never drops
 * the last one: a value arriving inside the interval is sent when the interval ends. Used
 * for cursors and viewports, which change on every pointer move.
 */
export interface Throttled<T> {
  push: (value: T) => void;
  /** Sends a pending value now (before clearing a cursor, say). */
  flush: () => void;
  cancel: () => void;
}

export interface Clock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function throttle<T>(send: (value: T) => void, intervalMs: number, clock: Clock = realClock): Throttled<T> {
  let lastSent = -Infinity;
  let pending: { value: T } | null = null;
  let timer: unknown = null;

  const fire = () => {
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    lastSent = clock.now();
    send(value);
  };

  return {
    push(value) {
      pending = { value };
      const wait = lastSent + intervalMs - clock.now();
      if (wait <= 0) {
        if (timer !== null) clock.clearTimeout(timer);
        fire();
      } else if (timer === null) {
        timer = clock.setTimeout(fire, wait);
      }
    },
    flush() {
      if (timer !== null) clock.clearTimeout(timer);
      fire();
    },
    cancel() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
