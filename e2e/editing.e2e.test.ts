import { describe, expect, it } from "vitest";
import { newUser, type User } from "./fixtures/browser";
import { BoardPage } from "./pages/board-page";
import { useAppAndBrowser } from "./fixtures/suite";

const suite = useAppAndBrowser();

/** A new board with two lanes and one flow inside the first, opened on its edit link. */
async function boardWithOneFlow(user: User): Promise<BoardPage> {
  const file = {
    format: "brownpaper/board",
    version: 1,
    title: "Editing",
    lanes: [
      { id: "sales", name: "Sales", kind: "core", order: 0 },
      { id: "ops", name: "Operations", kind: "core", order: 1 },
    ],
    steps: [
      { id: "a", laneId: "sales", label: "Take order", kind: "task", x: 240, y: 44 },
      { id: "b", laneId: "sales", label: "Check stock", kind: "task", x: 520, y: 44 },
    ],
    flows: [{ id: "f", from: "a", to: "b", label: "" }],
  };
  const response = await fetch(`${suite.app.baseUrl}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(file),
  });
  const { editUrl } = (await response.json()) as { editUrl: string };
  const board = new BoardPage(user.page);
  await board.open(editUrl);
  return board;
}

describe("editing a board", () => {
  it("turns a flow into a handover when one of its steps is dragged into another lane, and back", async () => {
    const user = await newUser(suite.browser);
    try {
      const board = await boardWithOneFlow(user);
      expect(await board.handoverBadges().count()).toBe(0);

      await board.dragStepToLane("Check stock", "Operations", 40);
      await board.expectHandoverBadge("Sales → Operations");
      expect(await board.laneOf("Check stock")).toBe("Operations");

      await board.dragStepToLane("Check stock", "Sales");
      await user.page.waitForFunction(() => document.querySelectorAll('[data-testid="handover-badge"]').length === 0);
      expect(await board.laneOf("Check stock")).toBe("Sales");
    } finally {
      await user.context.close();
    }
  });

  it("keeps a step dropped below every lane inside the last lane", async () => {
    const user = await newUser(suite.browser);
    try {
      const board = await boardWithOneFlow(user);
      const lane = await board.lane("Operations").boundingBox();
      const step = await board.step("Take order").boundingBox();
      if (!lane || !step) throw new Error("Board not on screen.");
      await user.page.mouse.move(step.x + step.width / 2, step.y + step.height / 2);
      await user.page.mouse.down();
      await user.page.mouse.move(step.x + step.width / 2, lane.y + lane.height + 200, { steps: 15 });
      await user.page.mouse.up();
      await user.page.waitForFunction(() => {
        const { steps, lanes } = window.__brownpaper!.board();
        const moved = steps.find((candidate) => candidate.label === "Take order");
        const last = lanes[lanes.length - 1];
        return moved !== undefined && last !== undefined && moved.laneId === last.id && moved.y + 72 <= last.height;
      });
    } finally {
      await user.context.close();
    }
  });

  it("refuses a lane name already in use with a message, and keeps the editor open", async () => {
    const user = await newUser(suite.browser);
    try {
      const board = await boardWithOneFlow(user);
      await board.renameLane("Operations", "sales");
      await board.toast().filter({ hasText: "already exists" }).waitFor();
      expect(await user.page.getByTestId("lane-name-input").count()).toBe(1);
      await user.page.getByTestId("lane-name-input").press("Escape");
      expect(await board.laneNamesInOrder()).toEqual(["Sales", "Operations"]);
    } finally {
      await user.context.close();
    }
  });

  it("reorders lanes with the arrows and asks before deleting a lane that has steps", async () => {
    const user = await newUser(suite.browser);
    try {
      const board = await boardWithOneFlow(user);
      await user.page.getByRole("button", { name: "Move lane Operations up" }).click();
      await user.page.waitForFunction(() => window.__brownpaper!.board().lanes[0]?.name === "Operations");

      await user.page.getByRole("button", { name: "Delete lane Sales" }).click();
      const dialog = user.page.getByRole("alertdialog");
      await dialog.getByText("Delete lane Sales and its 2 steps?").waitFor();
      await dialog.getByRole("button", { name: "Cancel" }).click();
      expect(await board.stepCount()).toBe(2);

      await user.page.getByRole("button", { name: "Delete lane Sales" }).click();
      await user.page.getByRole("alertdialog").getByRole("button", { name: "Delete lane" }).click();
      await user.page.waitForFunction(() => window.__brownpaper!.board().lanes.length === 1);
      expect(await board.stepCount()).toBe(0);
    } finally {
      await user.context.close();
    }
  });

  it("sets a lane's kind from its header, and the band takes that kind's own colour", async () => {
    const user = await newUser(suite.browser);
    try {
      await boardWithOneFlow(user);
      const bandColour = (laneId: string) =>
        user.page.$eval(
          `.react-flow__node [data-lane-id="${laneId}"]`,
          (band) => getComputedStyle(band).backgroundColor,
        );
      const coreColour = await bandColour("ops");
      await user.page.getByRole("combobox", { name: "Kind of lane Operations" }).selectOption("support");
      await user.page.waitForFunction(
        () => window.__brownpaper!.board().lanes.find((lane) => lane.id === "ops")?.kind === "support",
      );
      await user.page.locator('.react-flow__node .lane--support[data-lane-id="ops"]').waitFor();
      expect(await bandColour("ops")).not.toBe(coreColour);
      expect(await bandColour("sales")).toBe(coreColour);
    } finally {
      await user.context.close();
    }
  });

  it("leaves step labels unpainted when zoomed out too far to read them, and paints them again zoomed in", async () => {
    const user = await newUser(suite.browser);
    try {
      const board = await boardWithOneFlow(user);
      const labelVisibility = () =>
        board
          .step("Take order")
          .locator(".step__label")
          .evaluate((label) => getComputedStyle(label).visibility);
      const zoom = () =>
        user.page.evaluate(
          () => new DOMMatrix(getComputedStyle(document.querySelector(".react-flow__viewport")!).transform).a,
        );
      expect(await labelVisibility()).toBe("visible");
      while ((await zoom()) >= 0.35) await user.page.getByRole("button", { name: "Zoom Out" }).click();
      await user.page.waitForFunction(() => document.querySelector(".board-canvas--far") !== null);
      expect(await labelVisibility()).toBe("hidden");
      while ((await zoom()) < 0.35) await user.page.getByRole("button", { name: "Zoom In" }).click();
      await user.page.waitForFunction(() => document.querySelector(".board-canvas--far") === null);
      expect(await labelVisibility()).toBe("visible");
    } finally {
      await user.context.close();
    }
  });

  it("deletes the selected step and its flows with the Delete key, but not while typing", async () => {
    const user = await newUser(suite.browser);
    try {
      const board = await boardWithOneFlow(user);
      await board.step("Take order").dblclick();
      const input = user.page.getByTestId("step-label-input");
      await input.press("End");
      await input.press("Backspace");
      await input.press("Enter");
      await board.step("Take orde").waitFor();
      expect(await board.stepCount()).toBe(2);

      await board.step("Check stock").click();
      await user.page.keyboard.press("Delete");
      await user.page.waitForFunction(() => window.__brownpaper!.board().steps.length === 1);
      expect(await board.flowCount()).toBe(0);
    } finally {
      await user.context.close();
    }
  });

  it("changes a step's kind from the bar above the selected step", async () => {
    const user = await newUser(suite.browser);
    try {
      const board = await boardWithOneFlow(user);
      await board.step("Check stock").click();
      await user.page.getByRole("radio", { name: "Decision" }).click();
      await user.page
        .locator('[data-testid="step-node"][data-step-label="Check stock"][data-step-kind="decision"]')
        .waitFor();
    } finally {
      await user.context.close();
    }
  });

  it("resizes a lane by dragging its bottom edge, keeping its steps inside", async () => {
    const user = await newUser(suite.browser);
    try {
      await boardWithOneFlow(user);
      const handle = await user.page.getByRole("separator", { name: "Resize lane Sales" }).boundingBox();
      if (!handle) throw new Error("No resize handle for Sales.");
      const x = handle.x + 700;
      await user.page.mouse.move(x, handle.y + handle.height / 2);
      await user.page.mouse.down();
      await user.page.mouse.move(x, handle.y + 90, { steps: 8 });
      await user.page.mouse.up();
      await user.page.waitForFunction(() => (window.__brownpaper!.board().lanes[0]?.height ?? 0) > 200);

      const grown = (await user.page.getByRole("separator", { name: "Resize lane Sales" }).boundingBox())!;
      await user.page.mouse.move(x, grown.y + grown.height / 2);
      await user.page.mouse.down();
      await user.page.mouse.move(x, grown.y - 400, { steps: 8 });
      await user.page.mouse.up();
      await user.page.waitForFunction(() => window.__brownpaper!.board().lanes[0]?.height === 44 + 72 + 8);
    } finally {
      await user.context.close();
    }
  });

  it("renames a selected step by typing and labels a flow by double-clicking it", async () => {
    const user = await newUser(suite.browser);
    try {
      const board = await boardWithOneFlow(user);
      await board.step("Check stock").click();
      await user.page.keyboard.type("Reserve stock");
      await user.page.keyboard.press("Enter");
      await board.step("Reserve stock").waitFor();

      await user.page.keyboard.press("Escape");
      const from = (await board.step("Take order").boundingBox())!;
      const to = (await board.step("Reserve stock").boundingBox())!;
      await user.page.mouse.dblclick((from.x + from.width + to.x) / 2, from.y + from.height / 2);
      const input = user.page.getByTestId("flow-label-input");
      await input.fill("in stock");
      await input.press("Enter");
      await user.page.waitForFunction(() => window.__brownpaper!.board().flows[0]?.label === "in stock");
      await user.page.getByText("in stock", { exact: true }).waitFor();
    } finally {
      await user.context.close();
    }
  });
});
