import { useEffect, useState } from "react";

/** The time by `clock`, re-read every `intervalMs` while `ticking`; a countdown re-renders with it. */
export function useNow(ticking: boolean, clock: () => number, intervalMs = 250): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    if (!ticking) return;
    setNow(clock());
    const timer = setInterval(() => setNow(clock()), intervalMs);
    return () => clearInterval(timer);
  }, [ticking, clock, intervalMs]);
  return ticking ? now : clock();
}
