import { describe, expect, it } from "vitest";
import { contentBounds } from "./content-bounds";
import { laneBands } from "./lane-layout";

describe("the area fit view shows", () => {
  const bands = laneBands([
    { id: "a", height: 160 },
    { id: "b", height: 200 },
  ]);

  it("covers every lane, top to bottom", () => {
    expect(contentBounds(bands, []).height).toBe(360);
  });

  it("reaches just past the rightmost step rather than the end of the bands", () => {
    expect(contentBounds(bands, [1500, 2000]).width).toBe(2096);
  });

  it("is never narrower than a comfortable minimum", () => {
    expect(contentBounds(bands, [300]).width).toBe(960);
  });
});
