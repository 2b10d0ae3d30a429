/** An average glyph's width as a share of the font size, for the picture's sans-serif text. */
export const GLYPH_WIDTH = 0.56;

/**
 * Breaks a label into lines that fit a width, estimating glyph widths (no DOM to measure with,
 * so the same code runs on the server). Words longer than a line are cut; the last line gets
 * an ellipsis when the text does not fit in `maxLines`.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const perLine = Math.max(4, Math.floor(maxWidth / (fontSize * GLYPH_WIDTH)));
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = "";
  for (let word of words) {
    while (word.length > perLine) {
      if (current) lines.push(current);
      lines.push(word.slice(0, perLine));
      word = word.slice(perLine);
      current = "";
    }
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= perLine) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, perLine - 1))}…`;
  return kept;
}

/** Text cut to one line of `maxWidth`, ending with an ellipsis when it does not fit. */
export function fitLine(text: string, maxWidth: number, fontSize: number): string {
  const perLine = Math.max(1, Math.floor(maxWidth / (fontSize * GLYPH_WIDTH)));
  return text.length <= perLine ? text : `${text.slice(0, perLine - 1).trimEnd()}…`;
}
