import { describe, expect, it } from "vitest";
import { fileStem } from "./download-text";

describe("naming a downloaded file", () => {
  it("turns a board title into a safe file stem", () => {
    expect(fileStem("Order to delivery")).toBe("order-to-delivery");
    expect(fileStem("  Größe / Ärger!! ")).toBe("größe-ärger");
    expect(fileStem("???")).toBe("board");
  });
});
