/**
 * How far a browser canvas can go. Chrome and Firefox refuse (or silently return a blank
 * canvas) beyond about 32k pixels a side and 268M pixels in all; Safari allows less. We stay
 * well inside: 16,384 a side and 16,384² in all.
 */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 16_384 * 16_384;
/** Below this a picture of a map is unreadable; better to say so and offer SVG. */
export const MIN_PNG_SCALE = 0.5;
export const PNG_SCALES = [1, 2, 3] as const;
export type PngScale = (typeof PNG_SCALES)[number];

export type PngPlan =
  | { ok: true; scale: number; width: number; height: number; reduced: boolean; message: string | null }
  | { ok: false; message: string };

/**
 * The scale a PNG of a `width`×`height` map (CSS pixels) is drawn at: the one asked for, or the
 * largest that fits the canvas limits (to a tenth), saying so; or a refusal with a way out.
 */
export function planPng(width: number, height: number, wanted: number): PngPlan {
  const fits = Math.min(
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_AREA / (width * height)),
  );
  if (wanted <= fits) {
    return {
      ok: true,
      scale: wanted,
      width: Math.round(width * wanted),
      height: Math.round(height * wanted),
      reduced: false,
      message: null,
    };
  }
  const scale = Math.floor(fits * 10) / 10;
  if (scale < MIN_PNG_SCALE) {
    return {
      ok: false,
      message: `This map is too large for a PNG (${width}×${height} px even at 1×). Download the SVG instead: it has no size limit.`,
    };
  }
  return {
    ok: true,
    scale,
    width: Math.round(width * scale),
    height: Math.round(height * scale),
    reduced: true,
    message: `This map is large, so the PNG is at ${scale}× instead of ${wanted}× (browsers cannot draw pictures over ${MAX_CANVAS_SIDE.toLocaleString("en")} px a side). For full detail, download the SVG.`,
  };
}

/** The map's SVG with its outer size multiplied by `scale`; the viewBox keeps the drawing whole. */
export function scaleSvg(svg: string, scale: number): string {
  return svg.replace(
    /^<svg([^>]*?) width="([\d.]+)" height="([\d.]+)"/,
    (_all, before: string, width: string, height: string) => {
      return `<svg${before} width="${Number(width) * scale}" height="${Number(height) * scale}"`;
    },
  );
}
