import type { Locator, Page } from "playwright-core";

/** The board outline: lanes, then steps in flow order with their handovers. */
export class OutlinePanel {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId("outline-toggle").click();
    await this.page.getByRole("navigation", { name: "Board outline" }).waitFor();
  }

  lane(name: string): Locator {
    return this.page.locator(`[data-testid="outline-lane"][data-lane-name="${name}"]`);
  }

  step(label: string): Locator {
    return this.page.locator(`[data-testid="outline-step"][data-step-label="${label}"]`);
  }

  async stepLabels(): Promise<string[]> {
    return this.page
      .getByTestId("outline-step")
      .evaluateAll((entries) => entries.map((entry) => entry.getAttribute("data-step-label") ?? ""));
  }

  /** The handover lines under a step, e.g. "receives from Sales: Credit OK?". */
  async handovers(label: string): Promise<string[]> {
    const item = this.page.locator("li.outline__step", { has: this.step(label) });
    return (await item.getByTestId("outline-handover").allTextContents()).map((text) =>
      text.replace(/^[↩↪]\s*/, "").trim(),
    );
  }

  walkHere(label: string): Locator {
    return this.page.getByRole("button", { name: `Walk here: ${label}` });
  }

  /** The entry that has keyboard focus, as "lane:Sales" or "step:Check order". */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const entry = document.activeElement;
      if (entry?.getAttribute("data-testid") === "outline-lane") return `lane:${entry.getAttribute("data-lane-name")}`;
      if (entry?.getAttribute("data-testid") === "outline-step") return `step:${entry.getAttribute("data-step-label")}`;
      return "";
    });
  }
}
