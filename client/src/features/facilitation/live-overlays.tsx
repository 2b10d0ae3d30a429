import type { Board } from "@brownpaper/shared";
import { SilentRoundCard } from "./silent/silent-round-card";
import { WalkCard } from "./walk/walk-card";

/** The cards a live session floats over the board for everyone: the walk and silent writing. */
export function LiveOverlays({ board }: { board: Board }) {
  return (
    <div className="live-overlays">
      <WalkCard board={board} />
      <SilentRoundCard board={board} />
    </div>
  );
}
