/** How far the map zooms out and in: everything that computes a viewport keeps within these. */
export const MIN_ZOOM = 0.15;
export const MAX_ZOOM = 2;

/** Where the canvas looks: the pan in screen pixels and the zoom factor. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}
