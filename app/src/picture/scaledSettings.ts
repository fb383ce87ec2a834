/**
 * Sigma's settings for drawing the current view at a larger size: node sizes, tie widths and
 * labels grow by `scale`, so a 300 dpi file shows what the screen shows, only sharper (sigma's
 * sizes are screen pixels, which would otherwise shrink to specks on a big canvas).
 */
import type { Settings } from 'sigma/settings';

export function scaledSettings(settings: Settings, scale: number): Partial<Settings> {
  const ratio = settings.zoomToSizeRatioFunction;
  return {
    zoomToSizeRatioFunction: (cameraRatio: number) => ratio(cameraRatio) / scale,
    minEdgeThickness: settings.minEdgeThickness * scale,
    labelSize: settings.labelSize * scale,
    labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold * scale,
    labelGridCellSize: settings.labelGridCellSize * scale,
    stagePadding: settings.stagePadding * scale,
  };
}
