import type { StateCreator } from "zustand";
import { NOT_FOLLOWING, nextFollow, type FollowEvent, type FollowState } from "./follow-machine";
import type { Store } from "./store";

/**
 * The live-workshop side of this tab: whose viewport it follows and whether the outline is
 * open. Session scope: this tab only (what others need to see goes into awareness).
 */
export interface LiveSlice {
  follow: FollowState;
  outlineOpen: boolean;
  dispatchFollow: (event: FollowEvent) => void;
  setOutlineOpen: (open: boolean) => void;
}

export const createLiveSlice: StateCreator<Store, [], [], LiveSlice> = (set) => ({
  follow: NOT_FOLLOWING,
  outlineOpen: false,
  dispatchFollow: (event) =>
    set((state) => {
      const follow = nextFollow(state.follow, event);
      return follow === state.follow ? state : { follow };
    }),
  setOutlineOpen: (outlineOpen) => set({ outlineOpen }),
});
