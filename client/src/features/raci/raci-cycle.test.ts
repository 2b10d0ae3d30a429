import { describe, expect, it } from "vitest";
import { nextRaciCode } from "./raci-cycle";

describe("clicking a RACI cell", () => {
  it("cycles empty → R → A → C → I → empty", () => {
    const seen: Array<string | null> = [];
    let code = nextRaciCode(null);
    for (let i = 0; i < 5; i++) {
      seen.push(code);
      code = nextRaciCode(code);
    }
    expect(seen).toEqual(["R", "A", "C", "I", null]);
  });
});
