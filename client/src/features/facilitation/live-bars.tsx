import type { Board } from "@brownpaper/shared";
import { FollowBanner } from "../presence/follow-banner";
import { FacilitationBar } from "./facilitation-bar";
import { LockBanner } from "./lock-banner";

/** The strips under the top bar: the facilitator's controls, the lock and follow notices. */
export function LiveBars({ board }: { board: Board }) {
  return (
    <>
      <FacilitationBar board={board} />
      <LockBanner />
      <FollowBanner />
    </>
  );
}
