import { Position, type NodeHandle } from "@xyflow/react";
import type { StepKind } from "@brownpaper/shared";
import { STEP_SIZE, type Size } from "@brownpaper/shared";

/** A step's four handles, one per side; the ids are the sides flows name (`sourceHandle`). */
export const HANDLE_SIDES = [
  { id: "top", position: Position.Top },
  { id: "right", position: Position.Right },
  { id: "bottom", position: Position.Bottom },
  { id: "left", position: Position.Left },
] as const;

/** Width and height of a handle box, centred on its side: `.step-handle` in steps.css draws the same box. */
export const HANDLE_SIZE = 10;

/** Where each handle's box sits, relative to the step's top-left corner. */
export function stepHandles({ width, height }: Size): NodeHandle[] {
  const half = HANDLE_SIZE / 2;
  const at: Record<(typeof HANDLE_SIDES)[number]["id"], { x: number; y: number }> = {
    top: { x: width / 2 - half, y: -half },
    right: { x: width - half, y: height / 2 - half },
    bottom: { x: width / 2 - half, y: height - half },
    left: { x: -half, y: height / 2 - half },
  };
  return HANDLE_SIDES.map((side) => ({
    id: side.id,
    type: "source",
    position: side.position,
    ...at[side.id],
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  }));
}

const HANDLES_BY_KIND = new Map<StepKind, NodeHandle[]>();

/** The handles of a step of `kind`, shared by every step of that kind. */
export function handlesOfKind(kind: StepKind): NodeHandle[] {
  let handles = HANDLES_BY_KIND.get(kind);
  if (!handles) {
    handles = stepHandles(STEP_SIZE[kind]);
    HANDLES_BY_KIND.set(kind, handles);
  }
  return handles;
}
