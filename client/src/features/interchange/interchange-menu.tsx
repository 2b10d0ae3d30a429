import type { Board } from "@brownpaper/shared";

/** Export and import of the map (pictures, JSON, BPMN, CSV) and snapshots. */
export function InterchangeMenu(_props: { board: Board }) {
  return null;
}
