import { newId } from "@brownpaper/shared";

/** Board ids are `b_` + 16 base-36 characters: URL-safe, unguessable enough to not collide. */
const BOARD_ID_PATTERN = /^b_[0-9a-z]{16}$/;

export function newBoardId(): string {
  return newId("b", 16);
}

/** Whether a path segment can be a board id; anything else is answered 404 without a lookup. */
export function isBoardId(value: string): boolean {
  return BOARD_ID_PATTERN.test(value);
}
