/**
 * Whose viewport this screen follows. A person can follow anyone by picking them, and stops
 * with their own pan, zoom or Escape. The facilitator's "bring everyone" makes every other
 * screen follow them; someone who opts out stays out of that summon until the facilitator
 * releases everyone (a new summon catches them again).
 */
export interface FollowState {
  /** The awareness client id being followed, or null. */
  target: number | null;
  /** Following because of the facilitator's summon rather than one's own choice. */
  bySummon: boolean;
  /** Stopped following during the current summon. */
  optedOut: boolean;
}

export type FollowEvent =
  | { type: "follow"; clientId: number; me: number }
  | { type: "stop" }
  | { type: "summon"; clientId: number | null; me: number }
  | { type: "left"; clientId: number };

export const NOT_FOLLOWING: FollowState = { target: null, bySummon: false, optedOut: false };

export function nextFollow(state: FollowState, event: FollowEvent): FollowState {
  switch (event.type) {
    case "follow":
      if (event.clientId === event.me) return state;
      return { ...state, target: event.clientId, bySummon: false };
    case "stop":
      if (state.target === null) return state;
      return { target: null, bySummon: false, optedOut: state.optedOut || state.bySummon };
    case "summon":
      if (event.clientId === null) {
        return state.bySummon ? NOT_FOLLOWING : { ...state, optedOut: false };
      }
      if (event.clientId === event.me || state.optedOut) return state;
      if (state.target === event.clientId && state.bySummon) return state;
      return { target: event.clientId, bySummon: true, optedOut: false };
    case "left":
      return state.target === event.clientId ? { ...state, target: null, bySummon: false } : state;
  }
}
