/**
 * Where the switcher's open menu goes. The menu is shown in the top layer (the Popover API), so no
 * ancestor's `overflow: hidden` can clip it; the browser places it under the toggle with CSS anchor
 * positioning. Where anchor positioning is missing, {@link menuPlace} computes the same place in
 * viewport coordinates for a `position: fixed` menu.
 */

/** Gap between the toggle and the menu, in CSS px (the styles use the same figure). */
export const MENU_GAP = 4;

/** The Popover API: the open menu goes in the top layer, above and outside every ancestor box. */
export const hasPopover = (): boolean => typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

/** CSS anchor positioning, asked each time the menu opens (cheap, and a test can answer for an older browser). */
export const hasAnchorPositioning = (): boolean =>
  typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('anchor-name', '--a');

/** A box in viewport coordinates. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The menu's viewport position (its top-left corner) for a `position: fixed` menu: below the toggle,
 * its inline-start edge on the toggle's; above the toggle when it does not fit below but fits above;
 * kept inside the viewport horizontally.
 */
export function menuPlace(
  toggle: Box,
  menu: { width: number; height: number },
  viewport: { width: number; height: number },
  rtl = false,
): { top: number; left: number } {
  const below = toggle.bottom + MENU_GAP;
  const above = toggle.top - MENU_GAP - menu.height;
  const top = below + menu.height > viewport.height && above >= 0 ? above : below;
  const start = rtl ? toggle.right - menu.width : toggle.left;
  const left = Math.max(0, Math.min(start, viewport.width - menu.width));
  return { top, left };
}
