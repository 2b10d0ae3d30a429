import type { Locator, Page } from "playwright-core";

export type WorkshopTab = "inspect" | "pain" | "actions" | "agreements" | "report";

/** The workshop side panel: tabs, the inspector, voting and the pain point list. */
export class WorkshopPanelPage {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByTestId("workshop-panel");
  }

  async tab(tab: WorkshopTab): Promise<void> {
    await this.page.getByTestId(`tab-${tab}`).click();
  }

  /** Gives the name this browser votes under, through the prompt in the pain point list. */
  async setName(name: string): Promise<void> {
    await this.tab("pain");
    const input = this.panel().getByTestId("participant-name-input");
    await input.fill(name);
    await input.press("Enter");
    await this.dotsLeft().waitFor();
  }

  dotsLeft(): Locator {
    return this.panel().getByTestId("dots-left");
  }

  async dotsLeftCount(): Promise<number> {
    return Number(await this.dotsLeft().getAttribute("data-left"));
  }

  /** Waits until this browser shows `left` dots left. */
  async expectDotsLeft(left: number): Promise<void> {
    await this.panel().locator(`[data-testid="dots-left"][data-left="${left}"]`).waitFor();
  }

  painRow(text: string): Locator {
    return this.panel().getByTestId("pain-row").filter({ hasText: text });
  }

  async vote(text: string, delta: 1 | -1): Promise<void> {
    await this.painRow(text)
      .getByTestId(delta > 0 ? "vote-plus" : "vote-minus")
      .click();
  }

  /** The counted votes a pain point shows ("hidden" while the vote is hidden). */
  async votesOn(text: string): Promise<string | null> {
    return this.painRow(text).getByTestId("vote-count").getAttribute("data-votes");
  }

  async expectVotesOn(text: string, votes: number | "hidden"): Promise<void> {
    await this.painRow(text).locator(`[data-testid="vote-count"][data-votes="${votes}"]`).waitFor();
  }

  /** The board inspector's dot-vote settings (shown in the Inspect tab with nothing selected). */
  async openVoteSettings(): Promise<void> {
    await this.tab("inspect");
    await this.panel().getByTestId("board-inspector").waitFor();
  }

  hideVotesToggle(): Locator {
    return this.panel().getByTestId("votes-hidden");
  }

  dotsPerParticipantField(): Locator {
    return this.panel().getByTestId("dots-per-participant");
  }

  /** Why the vote's settings are read-only here ("Set by the facilitator."), if they are. */
  voteSettingsNote(): Locator {
    return this.panel().getByTestId("vote-settings-note");
  }

  async setDotsPerParticipant(dots: number): Promise<void> {
    const field = this.dotsPerParticipantField();
    await field.fill(String(dots));
    await field.press("Enter");
  }

  async openMatrix(): Promise<void> {
    await this.page.getByTestId("open-raci-matrix").click();
    await this.page.getByTestId("raci-matrix").waitFor();
  }

  async closeMatrix(): Promise<void> {
    await this.page.getByTestId("raci-close").click();
    await this.page.getByTestId("raci-matrix").waitFor({ state: "detached" });
  }

  /** Adds a pain point to whatever the inspector shows. */
  async addPainPoint(text: string): Promise<void> {
    await this.tab("inspect");
    const form = this.panel().getByTestId("add-note");
    await form.getByRole("radio", { name: "Pain" }).click();
    await form.getByTestId("new-note-text").fill(text);
    await form.getByTestId("new-note-text").press("Enter");
    await this.panel()
      .getByTestId("note-card")
      .filter({ has: this.page.locator(`textarea`) })
      .first()
      .waitFor();
  }

  /** The gap report's main-path figure, e.g. "waitingSupport" or "processTime". */
  mainPathFigure(figure: string): Locator {
    return this.panel().locator(`[data-testid="main-path-figure"][data-figure="${figure}"]`);
  }

  /** The non-zero cell of the handover grid from one lane (row) to another (column). */
  handoverGridCell(provider: string, customer: string): Locator {
    return this.panel().locator(
      `[data-testid="handover-grid-cell"][data-provider="${provider}"][data-customer="${customer}"]`,
    );
  }

  /** A line of one group of the gap report (by the group's test id), by its text. */
  reportLine(group: string, text: string): Locator {
    return this.panel().getByTestId(group).getByTestId("report-line").filter({ hasText: text });
  }

  /** The notes section of whatever the inspector shows (a step, a flow, a lane). */
  notesSection(): Locator {
    return this.panel().getByTestId("notes-section");
  }

  /** Puts a dot on, or takes one back from, the `index`th pain point in the inspector's notes section. */
  async voteInNotes(delta: 1 | -1, index = 0): Promise<void> {
    await this.notesSection()
      .getByTestId(delta > 0 ? "vote-plus" : "vote-minus")
      .nth(index)
      .click();
  }
}
