/**
 * Installs the offline shell (public/sw.js) so a board reloads without network. Only in a
 * built client: in the dev server it would cache modules Vite rewrites on every change.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // No offline shell (private mode, blocked): the app works online as before.
    });
  });
}
