/**
 * The next id to show when one link stands for several things (a category's pain points):
 * the one after what is selected now, wrapping round, or the first when the selection is
 * none of them. Clicking the same line again so walks through them all. Null when empty.
 */
export function nextInCycle(ids: readonly string[], selectedId: string | null): string | null {
  if (ids.length === 0) return null;
  const at = selectedId === null ? -1 : ids.indexOf(selectedId);
  return ids[(at + 1) % ids.length] ?? null;
}
