import { describe, expect, it } from "vitest";
import { raciKeyAction } from "./raci-keyboard";

const size = { rows: 3, cols: 4 };

describe("the RACI matrix keyboard", () => {
  it("moves with the arrows and stops at the edges", () => {
    expect(raciKeyAction("ArrowRight", { row: 0, col: 0 }, size)).toEqual({ type: "move", to: { row: 0, col: 1 } });
    expect(raciKeyAction("ArrowDown", { row: 2, col: 1 }, size)).toEqual({ type: "move", to: { row: 2, col: 1 } });
    expect(raciKeyAction("ArrowLeft", { row: 1, col: 0 }, size)).toEqual({ type: "move", to: { row: 1, col: 0 } });
    expect(raciKeyAction("ArrowUp", { row: 1, col: 3 }, size)).toEqual({ type: "move", to: { row: 0, col: 3 } });
  });

  it("jumps to the ends of a row with Home and End", () => {
    expect(raciKeyAction("End", { row: 1, col: 1 }, size)).toEqual({ type: "move", to: { row: 1, col: 3 } });
    expect(raciKeyAction("Home", { row: 1, col: 2 }, size)).toEqual({ type: "move", to: { row: 1, col: 0 } });
  });

  it("sets a code from its letter, either case, and clears with Delete", () => {
    expect(raciKeyAction("a", { row: 0, col: 0 }, size)).toEqual({ type: "set", code: "A" });
    expect(raciKeyAction("R", { row: 0, col: 0 }, size)).toEqual({ type: "set", code: "R" });
    expect(raciKeyAction("Delete", { row: 0, col: 0 }, size)).toEqual({ type: "set", code: null });
    expect(raciKeyAction("Backspace", { row: 0, col: 0 }, size)).toEqual({ type: "set", code: null });
  });

  it("cycles with Enter and Space, like a click", () => {
    expect(raciKeyAction("Enter", { row: 0, col: 0 }, size)).toEqual({ type: "cycle" });
    expect(raciKeyAction(" ", { row: 0, col: 0 }, size)).toEqual({ type: "cycle" });
  });

  it("leaves other keys and shortcuts alone", () => {
    expect(raciKeyAction("x", { row: 0, col: 0 }, size)).toBeNull();
    expect(raciKeyAction("c", { row: 0, col: 0 }, size, { ctrl: true })).toBeNull();
    expect(raciKeyAction("Tab", { row: 0, col: 0 }, size)).toBeNull();
  });
});
