import { addPngText, BOARD_PNG_KEYWORD, boardSvg, type Board } from "@brownpaper/shared";
import { planPng, scaleSvg } from "./png-scale";

export type RenderedPng =
  | { ok: true; blob: Blob; scale: number; width: number; height: number; notice: string | null }
  | { ok: false; message: string };

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.decoding = "async";
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("The browser could not draw the map."));
    image.src = url;
  });
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}

/**
 * Whether the picture was really drawn: the map paints an opaque paper background, so a
 * transparent corner or centre means the browser gave up (some do so silently on huge canvases).
 */
function drawn(context: CanvasRenderingContext2D, width: number, height: number): boolean {
  const points = [
    [0, 0],
    [width - 1, height - 1],
    [Math.floor(width / 2), Math.floor(height / 2)],
  ] as const;
  return points.every(([x, y]) => context.getImageData(x, y, 1, 1).data[3] === 255);
}

/**
 * The whole map as a PNG, drawn by the browser from the same SVG as the SVG download (at
 * `wanted`× or less for very large maps), with the board's interchange JSON in an iTXt chunk
 * so the picture opens again as an editable board.
 */
export async function renderBoardPng(board: Board, boardJson: string, wanted: number): Promise<RenderedPng> {
  const picture = boardSvg(board);
  const plan = planPng(picture.width, picture.height, wanted);
  if (!plan.ok) return plan;
  // Drawing the SVG at its final size (not scaling a 1× bitmap) keeps text and lines sharp.
  const url = URL.createObjectURL(new Blob([scaleSvg(picture.svg, plan.scale)], { type: "image/svg+xml" }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement("canvas");
    canvas.width = plan.width;
    canvas.height = plan.height;
    const context = canvas.getContext("2d");
    if (!context)
      return { ok: false, message: "This browser cannot draw a picture that large. Download the SVG instead." };
    context.drawImage(image, 0, 0, plan.width, plan.height);
    if (!drawn(context, plan.width, plan.height)) {
      return {
        ok: false,
        message: "This browser could not draw a picture this large. Try a smaller scale, or download the SVG.",
      };
    }
    const blob = await canvasBlob(canvas);
    canvas.width = 0;
    canvas.height = 0;
    if (!blob)
      return {
        ok: false,
        message: "This browser could not make the PNG (out of memory?). Try a smaller scale, or download the SVG.",
      };
    const png = addPngText(new Uint8Array(await blob.arrayBuffer()), BOARD_PNG_KEYWORD, boardJson);
    return {
      ok: true,
      blob: new Blob([png as Uint8Array<ArrayBuffer>], { type: "image/png" }),
      scale: plan.scale,
      width: plan.width,
      height: plan.height,
      notice: plan.message,
    };
  } finally {
    URL.revokeObjectURL(url);
  }
}
