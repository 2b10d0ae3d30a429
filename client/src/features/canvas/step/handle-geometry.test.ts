import { describe, expect, it } from "vitest";
import { STEP_SIZE } from "@brownpaper/shared";
import { HANDLE_SIZE, handlesOfKind, stepHandles } from "./handle-geometry";

/** Where React Flow attaches a flow to a handle box: the middle of the box's outer side. */
function attachPoint(handle: ReturnType<typeof stepHandles>[number]) {
  const { x = 0, y = 0 } = handle;
  const size = HANDLE_SIZE;
  switch (handle.position) {
    case "top":
      return { x: x + size / 2, y };
    case "bottom":
      return { x: x + size / 2, y: y + size };
    case "left":
      return { x, y: y + size / 2 };
    default:
      return { x: x + size, y: y + size / 2 };
  }
}

describe("step handle geometry", () => {
  it("centres a handle on each side, so flows meet a step half a handle outside the middle of a side", () => {
    const handles = stepHandles({ width: 168, height: 72 });
    const points = Object.fromEntries(handles.map((handle) => [handle.id, attachPoint(handle)]));
    expect(points).toEqual({
      top: { x: 84, y: -5 },
      right: { x: 173, y: 36 },
      bottom: { x: 84, y: 77 },
      left: { x: -5, y: 36 },
    });
  });

  it("gives every step of a kind the same handles, sized for that kind", () => {
    expect(handlesOfKind("decision")).toBe(handlesOfKind("decision"));
    expect(handlesOfKind("decision")).toEqual(stepHandles(STEP_SIZE.decision));
    expect(handlesOfKind("decision").every((handle) => handle.type === "source")).toBe(true);
  });
});
