import type { Locator, Page } from "playwright-core";

/** A board as a person sees it; the methods do what they would do with a mouse and keyboard. */
export class BoardPage {
  constructor(readonly page: Page) {}

  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await this.waitForSynced();
  }

  async waitForSynced(): Promise<void> {
    await this.page.locator('[data-testid="connection-status"][data-status="synced"]').waitFor();
  }

  /** What the connection indicator shows: synced, connecting, reconnecting, offline or stopped. */
  async connectionShown(): Promise<string | null> {
    return this.page.getByTestId("connection-status").getAttribute("data-shown");
  }

  /** The banner saying why the board stopped syncing for good. */
  connectionProblem(): Locator {
    return this.page.getByTestId("connection-problem");
  }

  lane(name: string): Locator {
    return this.page.locator(`[data-testid="lane-header"][data-lane-name="${name}"]`);
  }

  step(label: string): Locator {
    return this.page.locator(`[data-testid="step-node"][data-step-label="${label}"]`);
  }

  handoverBadges(): Locator {
    return this.page.getByTestId("handover-badge");
  }

  async addLane(name: string): Promise<void> {
    await this.page.getByTestId("add-lane").click();
    const input = this.page.getByTestId("lane-name-input");
    await input.fill(name);
    await input.press("Enter");
    await this.lane(name).waitFor();
  }

  /** Double-clicks an empty spot of the lane's band and types the new step's label. */
  async addStepInLane(laneName: string, label: string): Promise<void> {
    const header = await this.lane(laneName).boundingBox();
    if (!header) throw new Error(`Lane ${laneName} is not on screen.`);
    const stepsInLane = await this.page.evaluate((name) => {
      const board = window.__brownpaper!.board();
      const lane = board.lanes.find((candidate) => candidate.name === name);
      return board.steps.filter((step) => step.laneId === lane?.id).length;
    }, laneName);
    const x = header.x + header.width + 140 + stepsInLane * 240;
    const y = header.y + header.height / 2;
    await this.page.mouse.dblclick(x, y);
    const input = this.page.getByTestId("step-label-input");
    await input.fill(label);
    await input.press("Enter");
    await this.step(label).waitFor();
  }

  /** Drags from the source step's right handle onto the target step, as a person would. */
  async connect(fromLabel: string, toLabel: string): Promise<void> {
    const flowsBefore = await this.flowCount();
    const source = this.page.locator(".react-flow__node-step", { has: this.step(fromLabel) });
    await source.hover();
    const handle = await source.locator(".react-flow__handle-right").boundingBox();
    const target = await this.step(toLabel).boundingBox();
    if (!handle || !target) throw new Error(`Cannot find ${fromLabel}'s handle or ${toLabel}.`);
    await this.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await this.page.mouse.up();
    await this.page.waitForFunction((before) => window.__brownpaper!.board().flows.length > before, flowsBefore);
  }

  /** Drags a step by its body so its centre lands in another lane's band, `dx` pixels to the side. */
  async dragStepToLane(label: string, laneName: string, dx = 0): Promise<void> {
    const step = await this.step(label).boundingBox();
    const lane = await this.lane(laneName).boundingBox();
    if (!step || !lane) throw new Error(`Cannot find step ${label} or lane ${laneName}.`);
    const from = { x: step.x + step.width / 2, y: step.y + step.height / 2 };
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + dx, lane.y + lane.height / 2, { steps: 15 });
    await this.page.mouse.up();
  }

  async renameLane(name: string, newName: string): Promise<void> {
    await this.page.getByRole("button", { name: `Rename lane ${name}` }).click();
    const input = this.page.getByTestId("lane-name-input");
    await input.fill(newName);
    await input.press("Enter");
  }

  async laneNamesInOrder(): Promise<string[]> {
    return this.page.evaluate(() => window.__brownpaper!.board().lanes.map((lane) => lane.name));
  }

  async laneOf(label: string): Promise<string | undefined> {
    return this.page.evaluate((stepLabel) => {
      const board = window.__brownpaper!.board();
      const step = board.steps.find((candidate) => candidate.label === stepLabel);
      return board.lanes.find((lane) => lane.id === step?.laneId)?.name;
    }, label);
  }

  toast(): Locator {
    return this.page.getByTestId("toast");
  }

  async expectHandoverBadge(text: string): Promise<void> {
    await this.handoverBadges().filter({ hasText: text }).first().waitFor();
  }

  /** The edit and view links from the facilitator's Share popover. */
  async shareLinks(): Promise<{ editUrl: string; viewUrl: string }> {
    await this.page.getByRole("button", { name: "Share" }).click();
    const editUrl = await this.page.getByRole("textbox", { name: "Edit link" }).inputValue();
    const viewUrl = await this.page.getByRole("textbox", { name: "View link" }).inputValue();
    await this.page.getByRole("button", { name: "Share" }).click();
    return { editUrl, viewUrl };
  }

  async stepCount(): Promise<number> {
    return this.page.evaluate(() => window.__brownpaper!.board().steps.length);
  }

  async flowCount(): Promise<number> {
    return this.page.evaluate(() => window.__brownpaper!.board().flows.length);
  }

  async fitView(): Promise<void> {
    await this.page.getByRole("button", { name: "Fit view" }).first().click();
    await this.page.waitForTimeout(400);
  }
}
