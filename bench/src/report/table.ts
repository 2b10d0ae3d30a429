export interface Table {
  title: string;
  headers: string[];
  rows: string[][];
}

/** Fixed-width text for the console. */
export function textTable(table: Table): string {
  const widths = table.headers.map((header, column) =>
    Math.max(header.length, ...table.rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  return [
    table.title,
    line(table.headers),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...table.rows.map(line),
  ].join("\n");
}

export function markdownTable(table: Table): string {
  const line = (cells: string[]): string => `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [
    `### ${table.title}`,
    "",
    line(table.headers),
    line(table.headers.map(() => "---")),
    ...table.rows.map(line),
  ].join("\n");
}
