import { PresenceLayer } from "../presence/presence-layer";
import { WalkHighlight } from "./walk/walk-highlight";

/** What the live session draws inside the canvas: others' cursors and selections, the walk. */
export function LiveCanvasLayer() {
  return (
    <>
      <WalkHighlight />
      <PresenceLayer />
    </>
  );
}
