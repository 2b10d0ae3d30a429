import { describe, expect, it } from "vitest";
import { contentBounds, viewportForBounds } from "./content-bounds";
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

describe("the viewport fit view picks", () => {
  const pane = { width: 1248, height: 848 };

  it("shrinks a map too wide for the screen so all of it shows", () => {
    const viewport = viewportForBounds({ x: 0, y: 0, width: 2400, height: 480 }, pane);
    expect(viewport.zoom).toBeCloseTo(0.5);
    expect(viewport.x).toBe(24);
  });

  it("shrinks a map too tall for the screen so all lanes show", () => {
    expect(viewportForBounds({ x: 0, y: 0, width: 960, height: 1600 }, pane).zoom).toBeCloseTo(0.5);
  });

  it("never zooms a small map past 100%", () => {
    expect(viewportForBounds({ x: 0, y: 0, width: 960, height: 160 }, pane).zoom).toBe(1);
  });

  it("never zooms out past the minimum, however large the map", () => {
    expect(viewportForBounds({ x: 0, y: 0, width: 100_000, height: 160 }, pane).zoom).toBe(0.15);
  });
});
