/** Colours that read on brown paper and stay apart from each other and the lane tints. */
export const PRESENCE_COLOURS = [
  "#d1495b",
  "#2e86ab",
  "#3a9d5d",
  "#8e5bd1",
  "#e07a1f",
  "#c2378f",
  "#1f9c9c",
  "#6b7a1f",
  "#4d5bd1",
  "#a0522d",
] as const;

/** A stable fallback for when every colour is taken: the client id picks one. */
export function colourForId(clientId: number): string {
  return PRESENCE_COLOURS[Math.abs(clientId) % PRESENCE_COLOURS.length]!;
}

/**
 * The colour this client should show. Keeps its current colour unless someone with a lower
 * client id already shows it (the lower id keeps it, so two clients that picked the same
 * colour at once settle without flip-flopping); otherwise takes the first colour nobody
 * shows, and once all are taken falls back to `colourForId`.
 */
export function pickColour(myId: number, current: string | null, others: ReadonlyMap<number, string>): string {
  const clash = (colour: string) => [...others].some(([id, theirs]) => theirs === colour && id < myId);
  if (current !== null && !clash(current)) return current;
  const taken = new Set(others.values());
  return PRESENCE_COLOURS.find((colour) => !taken.has(colour)) ?? colourForId(myId);
}
