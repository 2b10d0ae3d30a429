/** How far the map zooms out and in: everything that computes a viewport keeps within these. */
export const MIN_ZOOM = 0.15;
export const MAX_ZOOM = 2;
