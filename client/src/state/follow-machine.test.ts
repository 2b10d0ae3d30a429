import { describe, expect, it } from "vitest";
import { NOT_FOLLOWING, nextFollow, type FollowEvent, type FollowState } from "./follow-machine";

const ME = 1;
const FACILITATOR = 9;
const run = (events: FollowEvent[], from: FollowState = NOT_FOLLOWING) => events.reduce(nextFollow, from);

describe("following", () => {
  it("follows the person picked and stops on one's own pan, zoom or Escape", () => {
    const following = run([{ type: "follow", clientId: 5, me: ME }]);
    expect(following.target).toBe(5);
    expect(run([{ type: "stop" }], following)).toEqual(NOT_FOLLOWING);
  });

  it("never follows oneself", () => {
    expect(run([{ type: "follow", clientId: ME, me: ME }])).toEqual(NOT_FOLLOWING);
  });

  it("stops when the person followed leaves", () => {
    expect(
      run([
        { type: "follow", clientId: 5, me: ME },
        { type: "left", clientId: 5 },
      ]).target,
    ).toBeNull();
    expect(
      run([
        { type: "follow", clientId: 5, me: ME },
        { type: "left", clientId: 6 },
      ]).target,
    ).toBe(5);
  });

  it("brings everyone to the facilitator, even those following someone else", () => {
    const state = run([
      { type: "follow", clientId: 5, me: ME },
      { type: "summon", clientId: FACILITATOR, me: ME },
    ]);
    expect(state).toEqual({ target: FACILITATOR, bySummon: true, optedOut: false });
  });

  it("does not make the facilitator follow themselves", () => {
    expect(run([{ type: "summon", clientId: ME, me: ME }])).toEqual(NOT_FOLLOWING);
  });

  it("lets a participant opt out of a summon and stay out while it lasts", () => {
    const state = run([
      { type: "summon", clientId: FACILITATOR, me: ME },
      { type: "stop" },
      { type: "summon", clientId: FACILITATOR, me: ME },
    ]);
    expect(state.target).toBeNull();
    expect(state.optedOut).toBe(true);
  });

  it("releases everyone who follows by summon, and a later summon catches those who opted out", () => {
    const released = run([
      { type: "summon", clientId: FACILITATOR, me: ME },
      { type: "summon", clientId: null, me: ME },
    ]);
    expect(released).toEqual(NOT_FOLLOWING);
    const again = run([
      { type: "summon", clientId: FACILITATOR, me: ME },
      { type: "stop" },
      { type: "summon", clientId: null, me: ME },
      { type: "summon", clientId: FACILITATOR, me: ME },
    ]);
    expect(again.target).toBe(FACILITATOR);
  });

  it("keeps following a person picked by hand when the facilitator releases a summon", () => {
    const state = run([
      { type: "summon", clientId: FACILITATOR, me: ME },
      { type: "follow", clientId: 5, me: ME },
      { type: "summon", clientId: null, me: ME },
    ]);
    expect(state.target).toBe(5);
  });
});
