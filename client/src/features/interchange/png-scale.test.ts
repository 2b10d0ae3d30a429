import { describe, expect, it } from "vitest";
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, planPng, scaleSvg } from "./png-scale";

describe("the PNG scale", () => {
  it("is the one asked for when the map fits", () => {
    expect(planPng(1600, 900, 2)).toEqual({
      ok: true,
      scale: 2,
      width: 3200,
      height: 1800,
      reduced: false,
      message: null,
    });
    expect(planPng(1600, 900, 3)).toMatchObject({ ok: true, scale: 3, width: 4800, height: 2700 });
  });

  it("is reduced, with a message saying so, when a side would pass the canvas limit", () => {
    const plan = planPng(10_000, 800, 2);
    expect(plan).toMatchObject({ ok: true, scale: 1.6, width: 16_000, height: 1280, reduced: true });
    if (plan.ok) expect(plan.message).toContain("1.6× instead of 2×");
  });

  it("is reduced when the area would pass the limit though each side fits", () => {
    const plan = planPng(7000, 7000, 3);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.scale).toBe(2.3);
    expect(plan.width * plan.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(plan.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });

  it("refuses with a way out rather than make an unreadable or blank picture", () => {
    const plan = planPng(60_000, 900, 2);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toMatch(/too large.*SVG/);
  });
});

describe("scaling the map's SVG", () => {
  it("multiplies the outer size and keeps the viewBox", () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="500" viewBox="0 0 1000 500"><rect width="10" height="10"/></svg>';
    expect(scaleSvg(svg, 2)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="1000" viewBox="0 0 1000 500"><rect width="10" height="10"/></svg>',
    );
  });
});
