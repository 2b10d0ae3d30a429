/**
 * A file name for a download: the board title made safe for every file system, the date, and
 * the extension — `hire-to-first-day-2025-03-14.png`, or `…-raci.csv` with a suffix.
 */
export function downloadName(title: string, extension: string, options: { suffix?: string; date?: Date } = {}): string {
  const slug =
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "brownpaper-board";
  const date = options.date ?? new Date();
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
  const suffix = options.suffix ? `-${options.suffix}` : "";
  return `${slug}-${day}${suffix}.${extension}`;
}
