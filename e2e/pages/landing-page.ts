import type { Page } from "playwright-core";

export class LandingPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
  }

  /** Clicks "New board" and waits for the board page it leads to. */
  async createBoard(): Promise<void> {
    await this.page.getByTestId("new-board").click();
    await this.page.waitForURL(/\/b\/[^/]+#token=/);
  }

  /** Starts a board from one of the example processes and waits for it to open. */
  async createBoardFromTemplate(templateId: string): Promise<void> {
    await this.page.getByTestId(`template-${templateId}`).click();
    await this.page.waitForURL(/\/b\/[^/]+#token=/);
  }
}
