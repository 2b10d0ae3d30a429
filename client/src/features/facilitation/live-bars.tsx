import type { Board } from "@brownpaper/shared";
import { FollowBanner } from "../presence/follow-banner";
import { FacilitationBar } from "./facilitation-bar";
import { LockBanner } from "./lock-banner";
import { TimeUpBanner } from "./timer/time-up-banner";

/** The strips under the top bar: the facilitator's controls, time's up, the lock and follow notices. */
export function LiveBars({ board }: { board: Board }) {
  return (
    <>
      <FacilitationBar board={board} />
      <TimeUpBanner />
      <LockBanner />
      <FollowBanner />
    </>
  );
}
