import { navigate } from "../lib/use-location";

export function NotFoundPage() {
  return (
    <main className="message-page">
      <h1>Nothing here</h1>
      <p>This address is not a Brownpaper board. Board links look like /b/… followed by #token=….</p>
      <button type="button" className="button button--primary" onClick={() => navigate("/")}>
        Go to the start page
      </button>
    </main>
  );
}
