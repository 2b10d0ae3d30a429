import { BpmnModdle } from "bpmn-moddle";
// bpmnlint ships CommonJS without types.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Linter } = require("bpmnlint") as {
  Linter: new (options: unknown) => {
    lint(definitions: unknown): Promise<Record<string, { message: string; category: string; id?: string }[]>>;
  };
};
const NodeResolver = require("bpmnlint/lib/resolver/node-resolver") as new (options?: unknown) => unknown;
const recommended = require("bpmnlint/config/recommended") as { rules: Record<string, string> };

export interface BpmnCheck {
  warnings: string[];
  lint: { rule: string; id: string | undefined; message: string; category: string }[];
  definitions: unknown;
}

/** Parses with bpmn-moddle (collecting its warnings) and lints with bpmnlint's recommended rules. */
export async function checkBpmn(xml: string): Promise<BpmnCheck> {
  const moddle = new BpmnModdle();
  const { rootElement, warnings } = await moddle.fromXML(xml);
  const linter = new Linter({ config: { rules: recommended.rules }, resolver: new NodeResolver({ require }) });
  const reports = await linter.lint(rootElement);
  const lint = Object.entries(reports).flatMap(([rule, items]) =>
    items.map((item) => ({ rule, id: item.id, message: item.message, category: item.category })),
  );
  return { warnings: warnings.map((warning: { message: string }) => warning.message), lint, definitions: rootElement };
}
