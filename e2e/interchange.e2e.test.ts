import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { createBoard as createBoardAt, serverExport as serverExportAt, type CreatedBoard } from "./fixtures/board-api";
import { newUser, twoUsers, type User } from "./fixtures/browser";
import { visibleColours } from "./fixtures/png-colours";
import { SAMPLE_BOARD } from "./fixtures/sample-board";
import { useAppAndBrowser } from "./fixtures/suite";
import { BoardPage } from "./pages/board-page";
import { InterchangePanel } from "./pages/interchange-panel";
import { LandingPage } from "./pages/landing-page";

const suite = useAppAndBrowser();
const shots = fileURLToPath(new URL("../test-results/interchange/", import.meta.url));

beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

const createBoard = (file: unknown): Promise<CreatedBoard> => createBoardAt(suite.app.baseUrl, file);
const serverExport = (boardId: string, token: string, resource: string): Promise<string> =>
  serverExportAt(suite.app.baseUrl, boardId, token, resource);

/** The sample board, open for Alice on the facilitator link and for Bob on the edit link. */
async function sampleBoardFor(
  alice: User,
  bob: User,
): Promise<{ created: CreatedBoard; facilitator: BoardPage; participant: BoardPage }> {
  const created = await createBoard(SAMPLE_BOARD);
  const facilitator = new BoardPage(alice.page);
  await facilitator.open(created.facilitatorUrl);
  const participant = new BoardPage(bob.page);
  await participant.open(created.editUrl);
  return { created, facilitator, participant };
}

describe("maps that leave the room", () => {
  it("exports a template board as a sharp PNG of the whole map that opens again as the same board", async () => {
    const user = await newUser(suite.browser);
    try {
      const landing = new LandingPage(user.page, suite.app.baseUrl);
      await landing.open();
      await landing.createBoardFromTemplate("hire-to-first-day");
      const board = new BoardPage(user.page);
      await board.waitForSynced();
      await board.lane("Facilities").waitFor();
      const panel = new InterchangePanel(user.page);
      const { boardId, token } = panel.boardLink();
      const svg = await serverExport(boardId, token, "export.svg");
      const [, mapWidth, mapHeight] = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);

      await panel.openExportMenu();
      await user.page.screenshot({ path: `${shots}export-menu.png` });
      await user.page.keyboard.press("Escape");

      const { name, bytes } = await panel.export("png");
      writeFileSync(`${shots}exported-board.png`, bytes);
      expect(name).toMatch(/^hire-to-first-day-\d{4}-\d\d-\d\d\.png$/);
      // IHDR straight from the bytes: width and height follow the signature and chunk header.
      expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
      expect(bytes.readUInt32BE(16)).toBe(mapWidth! * 2);
      expect(bytes.readUInt32BE(20)).toBe(mapHeight! * 2);
      const picture = PNG.sync.read(bytes);
      expect(visibleColours(picture)).toBeGreaterThanOrEqual(6);
      await board
        .toast()
        .filter({ hasText: `Saved ${name}` })
        .waitFor();

      const original = await serverExport(boardId, token, "export.json");
      await landing.open();
      await panel.importFile(name, bytes, "image/png");
      await user.page.getByRole("heading", { name: "Import “Hire to first day”" }).waitFor();
      await panel.openImportAsNewBoard();
      const copy = panel.boardLink();
      expect(copy.boardId).not.toBe(boardId);
      await board.lane("Facilities").waitFor();
      expect(await serverExport(copy.boardId, copy.token, "export.json")).toBe(original);
    } finally {
      await user.context.close();
    }
  });

  it("refuses a broken board file with the bad field's path and changes nothing; a good one replaces the board", async () => {
    const { alice, bob, close } = await twoUsers(suite.browser);
    try {
      const { created, facilitator, participant } = await sampleBoardFor(alice, bob);
      const before = await serverExport(created.id, created.viewToken, "export.json");

      const broken = JSON.parse(JSON.stringify(SAMPLE_BOARD)) as { steps: Array<{ laneId: string }> };
      broken.steps[2]!.laneId = "nowhere";
      const panel = new InterchangePanel(alice.page);
      await panel.importFile("broken.json", JSON.stringify(broken), "application/json");
      await panel.importError().waitFor();
      expect(await panel.importError().textContent()).toBe('steps[2].laneId: unknown lane "nowhere"');
      expect(await alice.page.getByTestId("import-replace").count()).toBe(0);
      await alice.page.screenshot({ path: `${shots}import-error.png` });
      await panel.closeDialog();
      expect(await serverExport(created.id, created.viewToken, "export.json")).toBe(before);
      expect(await facilitator.stepCount()).toBe(SAMPLE_BOARD.steps.length);

      const renamed = {
        ...SAMPLE_BOARD,
        title: "Order to cash",
        lanes: SAMPLE_BOARD.lanes.map((lane) => (lane.id === "sales" ? { ...lane, name: "Inside sales" } : lane)),
      };
      await panel.importFile("order-to-cash.json", JSON.stringify(renamed), "application/json");
      await panel.replaceBoardWithImport();
      await facilitator.lane("Inside sales").waitFor();
      await participant.lane("Inside sales").waitFor();
      await bob.page.getByRole("heading", { name: "Order to cash" }).waitFor();
    } finally {
      await close();
    }
  });

  it("restores a saved snapshot for everyone on the board", async () => {
    const { alice, bob, close } = await twoUsers(suite.browser);
    try {
      const { facilitator, participant } = await sampleBoardFor(alice, bob);
      const lanesBefore = await facilitator.laneNamesInOrder();

      const panel = new InterchangePanel(alice.page);
      await panel.saveSnapshot("As-is", "Alice");
      await facilitator.addLane("Quality");
      await participant.lane("Quality").waitFor();

      const dialog = await new InterchangePanel(bob.page).openSnapshots();
      expect(await dialog.getByTestId("snapshot-row").first().textContent()).toContain("Alice");
      await bob.page.keyboard.press("Escape");

      const preview = await panel.previewSnapshot("As-is");
      await alice.page.screenshot({ path: `${shots}snapshot-preview.png` });
      await preview.getByTestId("snapshot-restore").click();
      await preview.getByTestId("snapshot-restore-confirm").click();
      await preview.waitFor({ state: "detached" });

      await facilitator.lane("Quality").waitFor({ state: "detached" });
      await participant.lane("Quality").waitFor({ state: "detached" });
      expect(await facilitator.laneNamesInOrder()).toEqual(lanesBefore);
      expect(await participant.laneNamesInOrder()).toEqual(lanesBefore);
    } finally {
      await close();
    }
  });

  it("opens a saved snapshot as a new board of its own and leaves the changed board as it is", async () => {
    const { alice, bob, close } = await twoUsers(suite.browser);
    try {
      const { created, facilitator, participant } = await sampleBoardFor(alice, bob);
      const asIs = await serverExport(created.id, created.viewToken, "export.json");
      const lanesAsIs = await facilitator.laneNamesInOrder();

      const panel = new InterchangePanel(alice.page);
      await panel.saveSnapshot("As-is", "Alice");
      await facilitator.addLane("Quality");
      await participant.lane("Quality").waitFor();
      const changed = await serverExport(created.id, created.viewToken, "export.json");
      expect(changed).not.toBe(asIs);

      const preview = await panel.previewSnapshot("As-is");
      await preview.getByRole("button", { name: "Open as a new board" }).click();
      await alice.page.waitForURL(
        (url) => !url.pathname.endsWith(`/b/${created.id}`) && /\/b\/[^/]+#token=/.test(url.href),
      );
      await facilitator.waitForSynced();
      const copy = panel.boardLink();
      expect(copy.boardId).not.toBe(created.id);
      await facilitator.lane(lanesAsIs[0]!).waitFor();
      expect(await facilitator.laneNamesInOrder()).toEqual(lanesAsIs);
      expect(await facilitator.lane("Quality").count()).toBe(0);
      expect(await facilitator.stepCount()).toBe(SAMPLE_BOARD.steps.length);
      expect(await serverExport(copy.boardId, copy.token, "export.json")).toBe(asIs);

      // The board the snapshot came from keeps its change, for Bob on it and on the server.
      expect(await participant.laneNamesInOrder()).toEqual([...lanesAsIs, "Quality"]);
      expect(await serverExport(created.id, created.viewToken, "export.json")).toBe(changed);
    } finally {
      await close();
    }
  });

  it("gives a view link the exports by keyboard, imports only into a new board, and snapshots to look at", async () => {
    const user = await newUser(suite.browser);
    try {
      const created = await createBoard(SAMPLE_BOARD);
      await fetch(`${suite.app.baseUrl}/api/boards/${created.id}/snapshots`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${new URLSearchParams(new URL(created.facilitatorUrl).hash.slice(1)).get("token")}`,
        },
        body: JSON.stringify({ name: "Kick-off", author: "Fay" }),
      });
      const viewer = new BoardPage(user.page);
      await viewer.open(`${suite.app.baseUrl}/b/${created.id}#token=${created.viewToken}`);
      await user.page.getByTestId("readonly-banner").waitFor();

      await user.page.getByTestId("export-menu-button").focus();
      await user.page.keyboard.press("Enter");
      const items = user.page.getByRole("menu", { name: "Export the map" }).getByRole("menuitem");
      await expect.poll(() => items.first().evaluate((item) => item === document.activeElement)).toBe(true);
      await user.page.keyboard.press("ArrowDown");
      await user.page.keyboard.press("ArrowDown");
      expect(await items.nth(2).evaluate((item) => item === document.activeElement)).toBe(true);
      const download = user.page.waitForEvent("download");
      await user.page.keyboard.press("Enter");
      expect((await download).suggestedFilename()).toMatch(/^order-to-delivery-.*\.json$/);

      const panel = new InterchangePanel(user.page);
      await panel.importFile("copy.json", JSON.stringify(SAMPLE_BOARD), "application/json");
      await user.page.getByTestId("import-new-board").waitFor();
      expect(await user.page.getByTestId("import-replace").count()).toBe(0);
      await user.page.keyboard.press("Escape");

      const snapshots = await panel.openSnapshots();
      await snapshots.locator('[data-snapshot-name="Kick-off"]').waitFor();
      expect(await snapshots.getByTestId("snapshot-save").count()).toBe(0);
      expect(await snapshots.getByRole("button", { name: "Restore…" }).count()).toBe(0);
      await snapshots.getByRole("button", { name: "Preview" }).click();
      await snapshots.getByTestId("snapshot-preview").locator("img").waitFor();
      expect(await snapshots.getByTestId("snapshot-restore").count()).toBe(0);
    } finally {
      await user.context.close();
    }
  });
});
