/** The token in a board link's fragment (`#token=…`), which never reaches the server in a URL path. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const token = params.get("token");
  return token && token.trim() !== "" ? token.trim() : null;
}

/**
 * A link as this page should show it: same path and fragment, but on the origin the page was
 * loaded from (the server may know itself by another name than the one people reach it at).
 */
export function onThisOrigin(link: string, origin: string): string {
  try {
    const url = new URL(link, origin);
    return `${origin}${url.pathname}${url.hash}`;
  } catch {
    return link;
  }
}

/** The in-app path (path + fragment) of a board link, for client-side navigation. */
export function appPath(link: string): string {
  const url = new URL(link, "http://placeholder.invalid");
  return `${url.pathname}${url.hash}`;
}
