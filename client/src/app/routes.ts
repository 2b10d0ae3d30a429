export type Route = { name: "landing" } | { name: "board"; boardId: string } | { name: "not-found" };

/** `/` is the landing page, `/b/:id` a board; anything else is not found. */
export function matchRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { name: "landing" };
  const board = /^\/b\/([^/]+)\/?$/.exec(pathname);
  if (board?.[1]) return { name: "board", boardId: decodeURIComponent(board[1]) };
  return { name: "not-found" };
}
