import { useCallback, useState, type FocusEvent, type KeyboardEvent } from "react";

/** Marks a lane or step entry; its value is the entry's key ("lane:…", "step:…"). */
export const ENTRY = "data-outline-entry";
/** Marks a step's "Walk here" button, beside its entry. */
export const WALK_HERE = "data-outline-walk";

const entriesIn = (list: HTMLElement) => [...list.querySelectorAll<HTMLElement>(`[${ENTRY}]`)];

/**
 * The outline moves like one widget: Tab enters it on one entry and leaves it (a roving tab
 * stop, so a board of a hundred steps is not a hundred tab presses), Up/Down/Home/End move
 * between lanes and steps, Right reaches a step's "Walk here" and Left comes back, Enter and
 * Space pick. Keys are kept from the board's own shortcuts, so Enter never renames the step
 * selected before.
 */
export function useOutlineKeys() {
  const [active, setActive] = useState<string | null>(null);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const key = event.target
      .closest(`[${ENTRY}], [${WALK_HERE}]`)
      ?.getAttribute(event.target.hasAttribute(WALK_HERE) ? WALK_HERE : ENTRY);
    if (key) setActive(key);
  }, []);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const entries = entriesIn(event.currentTarget);
    const key = target.getAttribute(ENTRY) ?? target.getAttribute(WALK_HERE);
    const index = entries.findIndex((entry) => entry.getAttribute(ENTRY) === key);
    let next: HTMLElement | null | undefined;
    if (event.key === "ArrowDown") next = entries[index + 1];
    else if (event.key === "ArrowUp") next = index > 0 ? entries[index - 1] : undefined;
    else if (event.key === "Home") next = entries[0];
    else if (event.key === "End") next = entries[entries.length - 1];
    else if (event.key === "ArrowRight" && key)
      next = event.currentTarget.querySelector<HTMLElement>(`[${WALK_HERE}="${CSS.escape(key)}"]`);
    else if (event.key === "ArrowLeft" && target.hasAttribute(WALK_HERE)) next = entries[index];
    else if (event.key !== "Enter" && event.key !== " ") return;
    event.stopPropagation();
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }, []);

  /** The entry Tab lands on: the last one focused while it is still there, else the first. */
  const tabStop = (keys: readonly string[]): string | undefined =>
    active !== null && keys.includes(active) ? active : keys[0];

  return { onFocus, onKeyDown, tabStop };
}
