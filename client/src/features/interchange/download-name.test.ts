import { describe, expect, it } from "vitest";
import { downloadName } from "./download-name";

const day = new Date(2025, 2, 4, 15, 30);

describe("download file names", () => {
  it("are the board title as a slug, the date and the extension", () => {
    expect(downloadName("Hire to first day", "png", { date: day })).toBe("hire-to-first-day-2025-03-04.png");
  });

  it("carry a suffix for one of several tables", () => {
    expect(downloadName("Purchase request", "csv", { suffix: "raci", date: day })).toBe(
      "purchase-request-2025-03-04-raci.csv",
    );
  });

  it("drop accents, slashes and other characters file systems dislike", () => {
    expect(downloadName('Réparation / "urgent" <ops>: café', "json", { date: day })).toBe(
      "reparation-urgent-ops-cafe-2025-03-04.json",
    );
  });

  it("fall back on a generic name for a title with nothing usable, and stay short", () => {
    expect(downloadName("🚀 ✨", "svg", { date: day })).toBe("brownpaper-board-2025-03-04.svg");
    expect(downloadName("x".repeat(300), "bpmn", { date: day })).toBe(`${"x".repeat(60)}-2025-03-04.bpmn`);
  });
});
