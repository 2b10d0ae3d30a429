const KEY = "brownpaper:author-name";

/** The name this browser signs snapshots with, remembered between boards. */
export function loadAuthorName(): string {
  try {
    return localStorage.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

export function saveAuthorName(name: string): void {
  try {
    localStorage.setItem(KEY, name.trim());
  } catch {
    // Storage disabled: the name is asked for again next time.
  }
}
