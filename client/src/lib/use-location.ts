import { useSyncExternalStore } from "react";

const NAVIGATE_EVENT = "brownpaper:navigate";

function subscribe(listener: () => void): () => void {
  window.addEventListener("popstate", listener);
  window.addEventListener("hashchange", listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener("popstate", listener);
    window.removeEventListener("hashchange", listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

const getPath = () => window.location.pathname;
const getHash = () => window.location.hash;

/** The current path and fragment; re-renders on back/forward and in-app navigation. */
export function useLocation(): { pathname: string; hash: string } {
  const pathname = useSyncExternalStore(subscribe, getPath);
  const hash = useSyncExternalStore(subscribe, getHash);
  return { pathname, hash };
}

/** In-app navigation without a page load. */
export function navigate(to: string): void {
  window.history.pushState(null, "", to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
