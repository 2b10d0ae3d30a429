import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";

export type ExportFormat = "png" | "svg" | "json" | "bpmn" | "raci" | "handovers";

/** The Export menu, Import and Snapshots of a board (or Import on the landing page), as a person uses them. */
export class InterchangePanel {
  constructor(readonly page: Page) {}

  /** The board behind the page's link: its id and token, for reading it over the API. */
  boardLink(): { boardId: string; token: string } {
    const url = new URL(this.page.url());
    const boardId = /^\/b\/([^/]+)/.exec(url.pathname)?.[1];
    const token = new URLSearchParams(url.hash.slice(1)).get("token");
    if (!boardId || !token) throw new Error(`Not on a board link: ${this.page.url()}`);
    return { boardId, token };
  }

  async openExportMenu(): Promise<Locator> {
    await this.page.getByTestId("export-menu-button").click();
    const menu = this.page.getByRole("menu", { name: "Export the map" });
    await menu.waitFor();
    return menu;
  }

  /** Picks an export from the menu (PNG at `scale`×) and returns the downloaded file. */
  async export(format: ExportFormat, scale?: 1 | 2 | 3): Promise<{ name: string; bytes: Buffer }> {
    const menu = await this.openExportMenu();
    if (scale !== undefined) await menu.getByRole("menuitemradio", { name: `${scale}×` }).click();
    const download = this.page.waitForEvent("download");
    await menu.locator(`[data-format="${format}"]`).click();
    const file = await download;
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: await readFile(path) };
  }

  /** Chooses a file with the Import button's picker; the import dialog opens. */
  async importFile(name: string, content: Buffer | string, mimeType = "application/octet-stream"): Promise<void> {
    await this.page
      .getByTestId("import-file-input")
      .setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
    await this.page.getByTestId("import-dialog").waitFor();
  }

  importError(): Locator {
    return this.page.getByTestId("import-error");
  }

  async closeDialog(): Promise<void> {
    await this.page.getByRole("button", { name: "Close" }).click();
  }

  /** Opens the imported file as a new board and waits for that board to be open. */
  async openImportAsNewBoard(): Promise<void> {
    const before = this.page.url();
    await this.page.getByTestId("import-new-board").click();
    await this.page.waitForURL((url) => url.href !== before && /\/b\/[^/]+#token=/.test(url.href));
    await this.page.locator('[data-testid="connection-status"][data-status="synced"]').waitFor();
  }

  async replaceBoardWithImport(): Promise<void> {
    await this.page.getByTestId("import-replace").click();
    await this.page.getByTestId("import-replace-confirm").click();
  }

  async openSnapshots(): Promise<Locator> {
    await this.page.getByTestId("snapshots-button").click();
    const dialog = this.page.getByTestId("snapshots-dialog");
    await dialog.waitFor();
    return dialog;
  }

  async saveSnapshot(name: string, author: string): Promise<void> {
    const dialog = await this.openSnapshots();
    await dialog.getByTestId("snapshot-name").fill(name);
    await dialog.getByTestId("snapshot-author").fill(author);
    await dialog.getByTestId("snapshot-save").click();
    await dialog.locator(`[data-testid="snapshot-row"][data-snapshot-name="${name}"]`).waitFor();
    await dialog.getByRole("button", { name: "Close" }).click();
  }

  /** Opens the snapshot's preview from the list (the dialog stays open). */
  async previewSnapshot(name: string): Promise<Locator> {
    const dialog = await this.openSnapshots();
    await dialog
      .locator(`[data-testid="snapshot-row"][data-snapshot-name="${name}"]`)
      .getByRole("button", { name: "Preview" })
      .click();
    await dialog.getByTestId("snapshot-preview").locator("img").waitFor();
    return dialog;
  }

  async restoreSnapshot(name: string): Promise<void> {
    const dialog = await this.previewSnapshot(name);
    await dialog.getByTestId("snapshot-restore").click();
    await dialog.getByTestId("snapshot-restore-confirm").click();
    await dialog.waitFor({ state: "detached" });
  }

  /** What the import dialog lists as parts of the file that have no place on the map. */
  async unmappedElements(): Promise<string[]> {
    return this.page.getByTestId("import-unmapped").locator("li").allTextContents();
  }

  /**
   * Drags a file onto the page and drops it, as from a file manager: real drag events carrying a
   * DataTransfer that holds the file. The import dialog opens.
   */
  async dropFile(name: string, content: Buffer, mimeType: string): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ base64, fileName, type }) => {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], fileName, { type }));
        return transfer;
      },
      { base64: content.toString("base64"), fileName: name, type: mimeType },
    );
    await this.page.dispatchEvent("body", "dragenter", { dataTransfer });
    await this.page.dispatchEvent("body", "dragover", { dataTransfer });
    await this.page.dispatchEvent("body", "drop", { dataTransfer });
    await dataTransfer.dispose();
    await this.page.getByTestId("import-dialog").waitFor();
  }
}
