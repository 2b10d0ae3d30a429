import type { Step } from "../../schema/step";
import type { Rect } from "../../layout/map-geometry";
import { escapeXml, xmlElement } from "../xml";
import { FONT, INK, LINE } from "./svg-theme";
import { wrapText } from "./wrap-text";

function label(text: string, box: Rect, width: number, maxLines: number, fontSize: number): string {
  const lines = wrapText(text, width, fontSize, maxLines);
  const lineHeight = fontSize * 1.25;
  const firstY = box.y + box.height / 2 - ((lines.length - 1) * lineHeight) / 2;
  const spans = lines.map(
    (line, i) =>
      `<tspan x="${box.x + box.width / 2}" y="${(firstY + i * lineHeight).toFixed(1)}">${escapeXml(line)}</tspan>`,
  );
  return `<text font-family="${FONT}" font-size="${fontSize}" fill="${INK}" text-anchor="middle" dominant-baseline="middle">${spans.join("")}</text>`;
}

function shape(step: Step, box: Rect): string {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  switch (step.kind) {
    case "task":
      return xmlElement("rect", {
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
        rx: 10,
        fill: "#fffdf8",
        stroke: LINE,
        "stroke-width": 1.5,
      });
    case "wait":
      return [
        xmlElement("rect", {
          x: box.x,
          y: box.y,
          width: box.width,
          height: box.height,
          rx: 10,
          fill: "#fff7e6",
          stroke: LINE,
          "stroke-width": 1.5,
          "stroke-dasharray": "6 4",
        }),
        xmlElement("path", {
          d: `M${box.x + 12} ${box.y + 10}h12l-12 14h12z`,
          fill: "none",
          stroke: LINE,
          "stroke-width": 1.2,
        }),
      ].join("");
    case "decision":
      return xmlElement("polygon", {
        points: `${cx},${box.y} ${box.x + box.width},${cy} ${cx},${box.y + box.height} ${box.x},${cy}`,
        fill: "#fff4d6",
        stroke: LINE,
        "stroke-width": 1.5,
      });
    case "start":
      return xmlElement("circle", { cx, cy, r: box.width / 2, fill: "#e3f2dc", stroke: "#3f7a2a", "stroke-width": 2 });
    case "end":
      return xmlElement("circle", { cx, cy, r: box.width / 2, fill: "#f9dede", stroke: "#a11d1d", "stroke-width": 4 });
  }
}

/** A step as SVG: its kind's shape with its label as real, searchable text. */
export function stepSvg(step: Step, box: Rect): string {
  // Round and diamond shapes have less room across; a smaller font keeps words whole.
  const compact = step.kind === "decision" || step.kind === "start" || step.kind === "end";
  const textWidth = compact ? box.width * 0.8 : box.width - 20;
  return `<g class="step step--${step.kind}">${shape(step, box)}${label(step.label || "(no label)", box, textWidth, 3, compact ? 11 : 13)}</g>`;
}
