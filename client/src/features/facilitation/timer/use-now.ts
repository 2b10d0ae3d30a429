import { useEffect, useState } from "react";

/** The current time, re-read every `intervalMs` while `ticking`; a countdown re-renders with it. */
export function useNow(ticking: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [ticking, intervalMs]);
  return ticking ? now : Date.now();
}
