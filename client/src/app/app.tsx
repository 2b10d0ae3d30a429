import { BoardPage } from "./board-page";
import { LandingPage } from "./landing-page";
import { NotFoundPage } from "./not-found-page";
import { matchRoute } from "./routes";
import { useLocation } from "../lib/use-location";

export function App() {
  const { pathname, hash } = useLocation();
  const route = matchRoute(pathname);
  switch (route.name) {
    case "landing":
      return <LandingPage />;
    case "board":
      // Keyed by board and link, so opening another link starts a fresh doc and connection.
      return <BoardPage key={`${route.boardId}${hash}`} boardId={route.boardId} hash={hash} />;
    case "not-found":
      return <NotFoundPage />;
  }
}
