import type { Locator, Page } from "playwright-core";

/** The live-workshop side of a board page: presence, following, facilitation, undo, outline. */
export class LiveSession {
  constructor(readonly page: Page) {}

  /** Answers "What should others call you?". */
  async join(name: string): Promise<void> {
    const input = this.page.getByTestId("presence-name-input");
    await input.fill(name);
    await input.press("Enter");
    await this.page.getByTestId("presence-name-prompt").waitFor({ state: "detached" });
  }

  remoteCursor(name: string): Locator {
    return this.page.locator(`[data-testid="remote-cursor"][data-name="${name}"]`);
  }

  async peopleHere(): Promise<Array<{ name: string; role: string }>> {
    await this.page.getByTestId("who-is-here").click();
    const people = await this.page
      .getByTestId("present-person")
      .evaluateAll((rows) =>
        rows.map((row) => ({ name: row.getAttribute("data-name") ?? "", role: row.getAttribute("data-role") ?? "" })),
      );
    await this.page.getByTestId("who-is-here").click();
    return people;
  }

  /** This person's presence colour as the browser computes it ("rgb(…)"): the first face in "who's here" is their own. */
  async ownColour(): Promise<string> {
    return this.page
      .locator(".who__face")
      .first()
      .evaluate((face) => getComputedStyle(face).backgroundColor);
  }

  /** Someone else's selection drawn on this screen: a step, flow or lane, outlined for `name`. */
  remoteSelection(kind: "step" | "flow" | "lane", targetId: string, name: string): Locator {
    return this.page.locator(
      `[data-testid="remote-selection"][data-kind="${kind}"][data-target-id="${targetId}"][data-name="${name}"]`,
    );
  }

  /** The colour a remote selection is drawn in: a frame's border, or a flow's traced line. */
  async remoteSelectionColour(selection: Locator): Promise<string> {
    return selection.evaluate((element) => {
      const trace = element.querySelector("path");
      return trace ? getComputedStyle(trace).stroke : getComputedStyle(element).borderTopColor;
    });
  }

  /** Clicks a flow's line (not its label), with Control held to add it to what is already selected. */
  async clickFlow(flowId: string, options: { add?: boolean } = {}): Promise<void> {
    const point = await this.page.evaluate((id) => {
      const line = document.querySelector<SVGPathElement>(`.react-flow__edge[data-id="${id}"] .react-flow__edge-path`);
      const toScreen = line?.getScreenCTM();
      if (!line || !toScreen) return null;
      for (const share of [0.3, 0.7, 0.2, 0.8, 0.4, 0.6]) {
        const at = line.getPointAtLength(line.getTotalLength() * share);
        const x = toScreen.a * at.x + toScreen.c * at.y + toScreen.e;
        const y = toScreen.b * at.x + toScreen.d * at.y + toScreen.f;
        if (document.elementFromPoint(x, y)?.closest(`.react-flow__edge[data-id="${id}"]`)) return { x, y };
      }
      return null;
    }, flowId);
    if (!point) throw new Error(`Flow ${flowId} has no clickable point on screen.`);
    if (options.add) await this.page.keyboard.down("Control");
    await this.page.mouse.click(point.x, point.y);
    if (options.add) await this.page.keyboard.up("Control");
  }

  /** Moves the pointer over the middle of the canvas, in a few steps as a hand would. */
  async movePointerOnCanvas(dx = 0, dy = 0): Promise<void> {
    const pane = await this.page.locator(".react-flow").boundingBox();
    if (!pane) throw new Error("The canvas is not on screen.");
    await this.page.mouse.move(pane.x + pane.width / 2 + dx, pane.y + pane.height / 2 + dy, { steps: 5 });
  }

  /** The board point in the middle of the canvas and the zoom, read from React Flow's viewport. */
  async viewCentre(): Promise<{ cx: number; cy: number; zoom: number }> {
    return this.page.evaluate(() => {
      const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
      const pane = document.querySelector<HTMLElement>(".react-flow");
      if (!viewport || !pane) throw new Error("No canvas.");
      const matrix = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
      const zoom = matrix.a;
      return { cx: (pane.clientWidth / 2 - matrix.e) / zoom, cy: (pane.clientHeight / 2 - matrix.f) / zoom, zoom };
    });
  }

  /** Pans the board by dragging an empty spot of the canvas. */
  async pan(dx: number, dy: number): Promise<void> {
    const pane = await this.page.locator(".react-flow").boundingBox();
    if (!pane) throw new Error("The canvas is not on screen.");
    // Bottom middle: below the lanes, clear of the zoom controls (left) and the minimap (right).
    const from = { x: pane.x + pane.width * 0.45, y: pane.y + pane.height - 30 };
    const under = await this.page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className ?? "", from);
    if (!String(under).includes("react-flow__pane"))
      throw new Error(`No empty canvas to drag at the bottom middle (found "${String(under)}").`);
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + dx, from.y + dy, { steps: 10 });
    await this.page.mouse.up();
  }

  async facilitate(
    testId:
      | "lock-toggle"
      | "summon-toggle"
      | "walk-start"
      | "walk-next"
      | "walk-end"
      | "timer-start"
      | "timer-pause"
      | "timer-resume"
      | "timer-add-minute"
      | "timer-stop"
      | "silent-start"
      | "silent-reveal",
  ): Promise<void> {
    await this.page.getByTestId(testId).click();
  }

  walkCurrent(): Locator {
    return this.page.getByTestId("walk-current");
  }

  /** What the walk card says: the lane line, the role chips, the measures and each handover's text. */
  async walkCardFacts(): Promise<{
    lane: string;
    raci: string[];
    measures: string;
    handovers: Array<{ direction: string; text: string }>;
  }> {
    const card = this.page.getByTestId("walk-card");
    await card.waitFor();
    return {
      lane: ((await card.getByTestId("walk-card-lane").textContent()) ?? "").trim(),
      raci: (await card.getByTestId("walk-card-raci").allTextContents()).map((text) => text.trim()),
      measures:
        (await card.getByTestId("walk-card-measures").count()) > 0
          ? ((await card.getByTestId("walk-card-measures").textContent()) ?? "").trim()
          : "",
      handovers: await card.getByTestId("walk-handover").evaluateAll((items) =>
        items.map((item) => ({
          direction: item.getAttribute("data-direction") ?? "",
          text: (item.textContent ?? "").replace(/\s+/g, " ").trim(),
        })),
      ),
    };
  }

  /** How far, in screen pixels, the walk's current step sits from the middle of the canvas. */
  async walkStepOffCentre(): Promise<number> {
    const pane = await this.page.locator(".react-flow").boundingBox();
    const step = await this.walkCurrent().boundingBox();
    if (!pane || !step) throw new Error("No canvas or no current walk step on screen.");
    return Math.hypot(
      step.x + step.width / 2 - (pane.x + pane.width / 2),
      step.y + step.height / 2 - (pane.y + pane.height / 2),
    );
  }

  /** How far, in screen pixels, the middle of something on the board sits from the middle of the canvas. */
  async offCentre(target: Locator): Promise<{ dx: number; dy: number }> {
    const pane = await this.page.locator(".react-flow").boundingBox();
    const box = await target.boundingBox();
    if (!pane || !box) throw new Error("No canvas, or the target is not on screen.");
    return {
      dx: box.x + box.width / 2 - (pane.x + pane.width / 2),
      dy: box.y + box.height / 2 - (pane.y + pane.height / 2),
    };
  }

  async remainingMs(): Promise<number> {
    return Number(await this.page.getByTestId("timer").getAttribute("data-remaining-ms"));
  }

  /** What the timer shows: idle (no timer), running, paused or up. */
  async timerPhase(): Promise<string> {
    const timer = this.page.getByTestId("timer");
    return (await timer.count()) === 0 ? "idle" : ((await timer.getAttribute("data-phase")) ?? "");
  }

  /** Starts a timebox of any length through the test API (the controls offer whole minutes). */
  async startShortTimebox(durationMs: number): Promise<void> {
    await this.page.waitForFunction(() => typeof window.__brownpaper?.startTimebox === "function");
    await this.page.evaluate((ms) => window.__brownpaper!.startTimebox!(ms), durationMs);
  }

  /** How often a signal a person would hear was given on this page (e.g. "beep", "beep-played", "beep-blocked"). */
  async signalCount(name: string): Promise<number> {
    return this.page.evaluate((signal) => window.__brownpaper?.signals?.()[signal] ?? 0, name);
  }

  timeUpBanner(): Locator {
    return this.page.getByTestId("time-up-banner");
  }

  async writeDraft(text: string): Promise<void> {
    const input = this.page.getByTestId("silent-draft-input");
    await input.fill(text);
    await input.press("Enter");
    await this.page.getByTestId("silent-draft").filter({ hasText: text }).waitFor();
  }

  revealedNotes(): Locator {
    return this.page.getByTestId("revealed-note");
  }

  async undo(): Promise<void> {
    await this.page.keyboard.press("ControlOrMeta+z");
  }

  async noteTexts(): Promise<string[]> {
    return this.page.evaluate(() => window.__brownpaper!.board().notes.map((note) => note.text));
  }
}
