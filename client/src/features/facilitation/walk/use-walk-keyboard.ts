import { useEffect } from "react";

/** Typing, or moving through a list that uses the arrows itself (the outline marks itself with `data-arrow-keys`). */
function keysBelongElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) ||
    target.closest("[data-arrow-keys]") !== null
  );
}

const NEXT = new Set(["ArrowRight", "ArrowDown"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp"]);

/**
 * During a walk, the facilitator's arrow keys move it on or back, unless they are typing or
 * moving through the outline. Caught before React Flow sees them, so a focused step is not
 * nudged at the same time.
 */
export function useWalkKeyboard(enabled: boolean, step: (direction: "next" | "previous") => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (keysBelongElsewhere(event.target) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const direction = NEXT.has(event.key) ? "next" : PREVIOUS.has(event.key) ? "previous" : null;
      if (direction === null) return;
      event.preventDefault();
      event.stopPropagation();
      step(direction);
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [enabled, step]);
}
