import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

const BPMN_JS = fileURLToPath(new URL("../node_modules/bpmn-js/dist/", import.meta.url));

/** A shape bpmn-js drew: its BPMN element, and whether its graphics are on the page with a size. */
export interface DrawnShape {
  id: string;
  type: string;
  name: string | null;
  drawn: boolean;
}

/** The slice of bpmn-js's viewer API these tests use. */
interface Viewer {
  importXML(xml: string): Promise<{ warnings: Array<{ message: string }> }>;
  get(service: "elementRegistry"): {
    getAll(): Array<{ id: string; type: string; waypoints?: unknown; businessObject: { name?: string } }>;
    getGraphics(id: string): SVGGElement | undefined;
  };
  get(service: "canvas"): { zoom(level: "fit-viewport"): number };
}

type ViewerWindow = Window & { BpmnJS: new (options: { container: string }) => Viewer; viewer?: Viewer };

/**
 * bpmn-js's prebuilt viewer, the drawing engine of bpmn.io and Camunda Modeler, on a blank page:
 * what someone sees when they open an exported file in either tool.
 */
export class BpmnViewerPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.setContent(
      '<!doctype html><html><body style="margin:0"><div id="canvas" style="width:100vw;height:100vh"></div></body></html>',
    );
    await this.page.addStyleTag({ path: `${BPMN_JS}assets/diagram-js.css` });
    await this.page.addStyleTag({ path: `${BPMN_JS}assets/bpmn-js.css` });
    await this.page.addScriptTag({ path: `${BPMN_JS}bpmn-viewer.production.min.js` });
  }

  /** Imports a diagram into a fresh viewer, as opening the file does; answers the viewer's warnings. */
  async importXml(xml: string): Promise<string[]> {
    return this.page.evaluate(async (text) => {
      const win = window as unknown as ViewerWindow;
      document.querySelector("#canvas")!.replaceChildren();
      win.viewer = new win.BpmnJS({ container: "#canvas" });
      const { warnings } = await win.viewer.importXML(text);
      win.viewer.get("canvas").zoom("fit-viewport");
      return warnings.map((warning) => warning.message);
    }, xml);
  }

  /** Every shape (not connection) in the viewer's element registry. */
  async shapes(): Promise<DrawnShape[]> {
    return this.page.evaluate(() => {
      const registry = (window as unknown as ViewerWindow).viewer!.get("elementRegistry");
      return registry
        .getAll()
        .filter(
          (element) =>
            element.waypoints === undefined &&
            element.type !== "label" &&
            element.type !== "bpmn:Process" &&
            element.type !== "bpmn:Collaboration",
        )
        .map((element) => {
          const box = registry.getGraphics(element.id)?.getBoundingClientRect();
          return {
            id: element.id,
            type: element.type,
            name: element.businessObject.name ?? null,
            drawn: !!box && box.width > 0 && box.height > 0,
          };
        });
    });
  }
}
