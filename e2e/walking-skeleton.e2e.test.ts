import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { newUser, twoUsers, type User } from "./fixtures/browser";
import { startApp, type RunningApp } from "./fixtures/start-app";
import { useAppAndBrowser } from "./fixtures/suite";
import { BoardPage } from "./pages/board-page";
import { LandingPage } from "./pages/landing-page";

const suite = useAppAndBrowser();

/** The board as this page holds it, in a form that compares across pages. */
async function mapShown(page: Page): Promise<{ lanes: string[]; steps: string[]; flows: string[] }> {
  return page.evaluate(() => {
    const board = window.__brownpaper!.board();
    const label = (id: string) => board.steps.find((step) => step.id === id)?.label;
    return {
      lanes: board.lanes.map((lane) => lane.name),
      steps: board.steps
        .map((step) => `${step.label} in ${board.lanes.find((lane) => lane.id === step.laneId)?.name}`)
        .sort(),
      flows: board.flows.map((flow) => `${label(flow.from)} → ${label(flow.to)}`),
    };
  });
}

const MAPPED = {
  lanes: ["Sales", "Operations"],
  steps: ["Ship order in Operations", "Take order in Sales"],
  flows: ["Take order → Ship order"],
};

/** Waits until the page shows the whole two-lane map with its handover, drawn as one. */
async function expectWholeMap(board: BoardPage): Promise<void> {
  await board.step("Take order").waitFor();
  await board.step("Ship order").waitFor();
  await board.expectHandoverBadge("Sales → Operations");
  // Attached, not "visible": the steps sit one above the other, so the edge is a zero-width vertical line.
  await board.page.locator(".react-flow__edge.flow-edge--handover").waitFor({ state: "attached" });
  expect(await mapShown(board.page)).toEqual(MAPPED);
}

describe("walking skeleton", () => {
  it("lets two people map a handover together live while a viewer watches, and a restart loses nothing", async () => {
    // Its own server, so the test can restart it.
    let app: RunningApp = await startApp();
    const { alice, bob, close } = await twoUsers(suite.browser);
    let carol: User | undefined;
    let dave: User | undefined;
    try {
      // Alice starts an empty board from the landing page; Bob (edit link) and Carol (view link) join it while it is empty.
      const landing = new LandingPage(alice.page, app.baseUrl);
      await landing.open();
      await landing.createBoard();
      const facilitator = new BoardPage(alice.page);
      await facilitator.waitForSynced();
      const { editUrl, viewUrl } = await facilitator.shareLinks();
      const participant = new BoardPage(bob.page);
      await participant.open(editUrl);
      carol = await newUser(suite.browser);
      const viewer = new BoardPage(carol.page);
      await viewer.open(viewUrl);
      await carol.page.getByTestId("readonly-banner").waitFor();
      expect(await carol.page.getByTestId("add-lane").count()).toBe(0);
      expect(await carol.page.getByTestId("add-step").count()).toBe(0);
      expect(await participant.stepCount()).toBe(0);

      // Alice adds a lane and a step; Bob and Carol see them arrive without reloading.
      await facilitator.addLane("Sales");
      await facilitator.addStepInLane("Sales", "Take order");
      await participant.lane("Sales").waitFor();
      await participant.step("Take order").waitFor();
      await viewer.lane("Sales").waitFor();
      await viewer.step("Take order").waitFor();

      // Bob adds a lane and a step of his own and draws the flow across to it; nobody marks it as a handover.
      await participant.addLane("Operations");
      await participant.addStepInLane("Operations", "Ship order");
      await participant.connect("Take order", "Ship order");
      await expectWholeMap(facilitator);
      await expectWholeMap(participant);
      await expectWholeMap(viewer);

      // Carol cannot change it: Delete and Backspace on a selected step, typing over it and a
      // double-click in a lane do nothing, and a change forced into her copy never reaches anyone.
      await viewer.step("Take order").click();
      await carol.page.locator(".react-flow__node-step.selected").waitFor();
      await carol.page.keyboard.press("Delete");
      await carol.page.keyboard.press("Backspace");
      await carol.page.keyboard.press("x");
      const band = await viewer.lane("Operations").boundingBox();
      if (!band) throw new Error("The Operations lane is not on screen for the viewer.");
      await carol.page.mouse.dblclick(band.x + band.width + 700, band.y + band.height / 2);
      await carol.page.evaluate(() => window.__brownpaper!.doc.getMap("meta").set("title", "Changed by a viewer"));
      await carol.page.waitForTimeout(1000);
      expect(await carol.page.getByTestId("step-label-input").count()).toBe(0);
      expect(await carol.page.getByTestId("lane-name-input").count()).toBe(0);
      for (const board of [facilitator, participant, viewer]) expect(await mapShown(board.page)).toEqual(MAPPED);
      for (const board of [facilitator, participant]) {
        expect(await board.page.evaluate(() => window.__brownpaper!.board().meta.title)).toBe("Untitled process");
      }

      // The server restarts: the open boards come back by themselves, and reloads and a newcomer see everything.
      await app.stop({ keepData: true });
      await expect.poll(() => participant.connectionShown()).toBe("reconnecting");
      app = await startApp({ port: app.port, dataDir: app.dataDir });
      await participant.waitForSynced();
      await expectWholeMap(participant);
      await alice.page.reload();
      await facilitator.waitForSynced();
      await expectWholeMap(facilitator);
      await carol.page.reload();
      await viewer.waitForSynced();
      await expectWholeMap(viewer);
      dave = await newUser(suite.browser);
      const newcomer = new BoardPage(dave.page);
      await newcomer.open(editUrl);
      await expectWholeMap(newcomer);
      for (const board of [facilitator, participant, newcomer]) {
        expect(await board.page.evaluate(() => window.__brownpaper!.board().meta.title)).toBe("Untitled process");
      }
    } finally {
      await carol?.context.close();
      await dave?.context.close();
      await close();
      await app.stop();
    }
  });

  it("a view link in the same browser shows the server's board, not edits made offline with the edit link", async () => {
    const user = await newUser(suite.browser);
    try {
      const landing = new LandingPage(user.page, suite.app.baseUrl);
      await landing.open();
      await landing.createBoard();
      const editor = new BoardPage(user.page);
      await editor.waitForSynced();
      const { editUrl, viewUrl } = await editor.shareLinks();
      await editor.addLane("Sales");

      await user.context.setOffline(true);
      await user.page.locator('[data-testid="connection-status"][data-shown="offline"]').waitFor();
      await editor.addStepInLane("Sales", "Offline step");
      // y-indexeddb stores each update as it happens; give the write a moment before the tab goes.
      await user.page.waitForTimeout(500);
      await user.page.close();
      await user.context.setOffline(false);

      const viewer = new BoardPage(await user.context.newPage());
      await viewer.open(viewUrl);
      await viewer.lane("Sales").waitFor();
      await viewer.page.waitForTimeout(800);
      expect(await viewer.stepCount()).toBe(0);

      // The edit link still holds the offline step and sends it; the viewer then sees it live.
      const editorAgain = new BoardPage(await user.context.newPage());
      await editorAgain.open(editUrl);
      await editorAgain.step("Offline step").waitFor();
      await viewer.step("Offline step").waitFor();
    } finally {
      await user.context.close();
    }
  });
});
