import type { Locator, Page } from "playwright-core";

/** The RACI matrix dialog: roles × steps, edited by click and keyboard. */
export class RaciMatrixPage {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByTestId("raci-matrix");
  }

  row(stepLabel: string): Locator {
    return this.dialog().locator(`[data-testid="raci-row"][data-step-label="${stepLabel}"]`);
  }

  /** The cell of a role on a step, found by the role column's index. */
  async cell(stepLabel: string, roleName: string): Promise<Locator> {
    const roles = await this.dialog()
      .getByTestId("raci-role")
      .evaluateAll((headers) => headers.map((header) => header.getAttribute("data-role-name")));
    const col = roles.indexOf(roleName);
    if (col < 0) throw new Error(`No role column ${roleName} (have ${roles.join(", ")}).`);
    return this.row(stepLabel).locator(`[data-testid="raci-cell"][data-col="${col}"]`);
  }

  async codeOf(stepLabel: string, roleName: string): Promise<string> {
    return (await (await this.cell(stepLabel, roleName)).getAttribute("data-code")) ?? "";
  }

  /** Clicks a cell until it shows `code` (clicks cycle – R A C I). */
  async clickUntil(stepLabel: string, roleName: string, code: string): Promise<void> {
    const cell = await this.cell(stepLabel, roleName);
    for (let i = 0; i < 5 && (await cell.getAttribute("data-code")) !== code; i++) {
      const before = await cell.getAttribute("data-code");
      await cell.click();
      await this.page.waitForFunction(([el, previous]) => (el as HTMLElement).dataset.code !== previous, [
        await cell.elementHandle(),
        before,
      ] as const);
    }
  }

  /** Focuses a cell and types a code letter (or "Delete"), as a keyboard user would. */
  async type(stepLabel: string, roleName: string, key: string): Promise<void> {
    const cell = await this.cell(stepLabel, roleName);
    await cell.focus();
    await this.page.keyboard.press(key);
  }

  problems(stepLabel: string, rule?: string): Locator {
    const selector = rule ? `[data-testid="raci-problem"][data-rule="${rule}"]` : '[data-testid="raci-problem"]';
    return this.row(stepLabel).locator(selector);
  }

  async addRole(name: string, laneName: string): Promise<void> {
    await this.dialog()
      .getByTestId("matrix-role-lane")
      .selectOption({ label: `in ${laneName}` });
    await this.dialog().getByTestId("matrix-role-name").fill(name);
    await this.dialog().getByTestId("matrix-add-role").click();
    await this.dialog().locator(`[data-testid="raci-role"][data-role-name="${name}"]`).waitFor();
  }
}
