import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { createBoard, serverExport } from "./fixtures/board-api";
import { newUser } from "./fixtures/browser";
import { visibleColours } from "./fixtures/png-colours";
import { SAMPLE_BOARD } from "./fixtures/sample-board";
import { useAppAndBrowser } from "./fixtures/suite";
import { BoardPage } from "./pages/board-page";
import { InterchangePanel } from "./pages/interchange-panel";
import { LandingPage } from "./pages/landing-page";

const suite = useAppAndBrowser();
const shots = fileURLToPath(new URL("../test-results/interchange-files/", import.meta.url));

beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

/** A map far wider than a browser canvas takes at 2×: 25 steps zig-zagging across two lanes, about 10,000 px. */
function wideBoard(): unknown {
  const steps = Array.from({ length: 25 }, (_, i) => ({
    id: `s${i}`,
    laneId: i % 2 === 0 ? "ops" : "tech",
    label: `Step ${i + 1}`,
    kind: i === 0 ? "start" : i === 24 ? "end" : "task",
    x: 200 + i * 400,
    y: 40,
  }));
  return {
    format: "brownpaper/board",
    version: 1,
    title: "A very long process",
    lanes: [
      { id: "ops", name: "Operations", kind: "core", order: 0, height: 160 },
      { id: "tech", name: "Technical services", kind: "support", order: 1, height: 160 },
    ],
    steps,
    flows: steps.slice(1).map((step, i) => ({ id: `f${i}`, from: steps[i]!.id, to: step.id, label: "" })),
  };
}

describe("files into and out of Brownpaper", () => {
  it("lists the BPMN elements it cannot map in the import dialog before anything is imported", async () => {
    const user = await newUser(suite.browser);
    try {
      const landing = new LandingPage(user.page, suite.app.baseUrl);
      await landing.open();
      const landingUrl = user.page.url();
      // Saved by bpmn.io: a boundary timer and a data object have no place on a Brownpaper map.
      const bpmn = readFileSync(new URL("../shared/src/bpmn/fixtures/order-handling.bpmn", import.meta.url));
      const panel = new InterchangePanel(user.page);
      await panel.importFile("order-handling.bpmn", bpmn, "application/xml");
      await user.page.getByRole("heading", { name: "Import “Order handling”" }).waitFor();
      expect(await panel.unmappedElements()).toEqual([
        'BoundaryEvent "Two days late"',
        'DataObjectReference "Invoice"',
      ]);
      await user.page.screenshot({ path: `${shots}bpmn-unmapped.png` });
      expect(user.page.url()).toBe(landingUrl);

      await panel.openImportAsNewBoard();
      const board = new BoardPage(user.page);
      await board.lane("Warehouse").waitFor();
      expect(await board.laneNamesInOrder()).toEqual(["Sales", "Warehouse"]);
      expect(await board.stepCount()).toBe(6);
    } finally {
      await user.context.close();
    }
  });

  it("opens a Brownpaper PNG dropped onto the landing page as the board it was exported from", async () => {
    const user = await newUser(suite.browser);
    try {
      const created = await createBoard(suite.app.baseUrl, SAMPLE_BOARD);
      const board = new BoardPage(user.page);
      await board.open(created.facilitatorUrl);
      const panel = new InterchangePanel(user.page);
      const { name, bytes } = await panel.export("png", 1);
      const original = await serverExport(suite.app.baseUrl, created.id, created.viewToken, "export.json");

      const landing = new LandingPage(user.page, suite.app.baseUrl);
      await landing.open();
      await panel.dropFile(name, bytes, "image/png");
      await user.page.getByRole("heading", { name: "Import “Order to delivery”" }).waitFor();
      await panel.openImportAsNewBoard();
      const copy = panel.boardLink();
      expect(copy.boardId).not.toBe(created.id);
      await board.lane("Carrier").waitFor();
      expect(await board.stepCount()).toBe(SAMPLE_BOARD.steps.length);
      expect(await serverExport(suite.app.baseUrl, copy.boardId, copy.token, "export.json")).toBe(original);
    } finally {
      await user.context.close();
    }
  });

  it("caps the PNG of a very large map with a message and still draws the whole map", async () => {
    const user = await newUser(suite.browser);
    try {
      const created = await createBoard(suite.app.baseUrl, wideBoard());
      const board = new BoardPage(user.page);
      await board.open(created.facilitatorUrl);
      const svg = await serverExport(suite.app.baseUrl, created.id, created.viewToken, "export.svg");
      const [, mapWidth, mapHeight] = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
      // At 2× the picture would be wider than the 16,384 px a browser canvas is trusted with.
      expect(mapWidth! * 2).toBeGreaterThan(16_384);

      const panel = new InterchangePanel(user.page);
      const { name, bytes } = await panel.export("png", 2);
      writeFileSync(`${shots}capped.png`, bytes);
      const capped = board.toast().filter({ hasText: /This map is large, so the PNG is at [\d.]+× instead of 2×/ });
      await capped.waitFor();
      const scale = Number(/at ([\d.]+)× instead/.exec((await capped.textContent())!)![1]);
      expect(scale).toBeGreaterThanOrEqual(0.5);
      expect(scale).toBeLessThan(2);
      await board
        .toast()
        .filter({ hasText: `Saved ${name} (${scale}×` })
        .waitFor();

      const picture = PNG.sync.read(bytes);
      expect(picture.width).toBe(Math.round(mapWidth! * scale));
      expect(picture.height).toBe(Math.round(mapHeight! * scale));
      expect(picture.width).toBeLessThanOrEqual(16_384);
      expect(visibleColours(picture)).toBeGreaterThanOrEqual(4);
      // The far right end is drawn too: the last step's lane is painted, not left transparent.
      const alphaAt = (x: number, y: number) => picture.data[(y * picture.width + x) * 4 + 3];
      expect([
        alphaAt(0, 0),
        alphaAt(picture.width - 1, picture.height - 1),
        alphaAt(picture.width - 200, Math.floor(picture.height / 2)),
      ]).toEqual([255, 255, 255]);
    } finally {
      await user.context.close();
    }
  });
});
