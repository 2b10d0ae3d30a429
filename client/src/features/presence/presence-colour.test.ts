import { describe, expect, it } from "vitest";
import { PRESENCE_COLOURS, pickColour } from "./presence-colour";

describe("presence colours", () => {
  it("give the first person on the board the first colour", () => {
    expect(pickColour(7, null, new Map())).toBe(PRESENCE_COLOURS[0]);
  });

  it("give a newcomer a colour nobody shows yet", () => {
    const others = new Map([
      [1, PRESENCE_COLOURS[0]],
      [2, PRESENCE_COLOURS[1]],
    ]);
    expect(pickColour(9, null, others)).toBe(PRESENCE_COLOURS[2]);
  });

  it("let the lower client id keep a colour two people picked at once, and move the other", () => {
    const shared = PRESENCE_COLOURS[0];
    expect(pickColour(3, shared, new Map([[8, shared]]))).toBe(shared);
    expect(pickColour(8, shared, new Map([[3, shared]]))).toBe(PRESENCE_COLOURS[1]);
  });

  it("keep a person's colour while nobody earlier shows it", () => {
    expect(pickColour(4, PRESENCE_COLOURS[5], new Map([[9, PRESENCE_COLOURS[0]]]))).toBe(PRESENCE_COLOURS[5]);
  });

  it("still give everyone a colour when there are more people than colours", () => {
    const others = new Map(PRESENCE_COLOURS.map((colour, index) => [index, colour] as [number, string]));
    expect(PRESENCE_COLOURS).toContain(pickColour(100, null, others));
  });
});
