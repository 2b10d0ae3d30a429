import { useSyncExternalStore } from "react";
import type { Board } from "@brownpaper/shared";
import { useBoardSession } from "./board-session";

/** The current board snapshot; re-renders only when the doc changes. */
export function useBoard(): Board {
  const { projection } = useBoardSession();
  return useSyncExternalStore(projection.subscribe, projection.getSnapshot);
}
