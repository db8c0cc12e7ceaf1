/**
 * The switcher's open menu where CSS anchor positioning is missing (a lazy chunk, loaded only there):
 * the menu is `position: fixed` (in the top layer where the Popover API is), so no ancestor's
 * `overflow: hidden` clips it, and this keeps it under its toggle in viewport coordinates.
 */

/** Gap between the toggle and the menu, in CSS px (the anchored styles use the same figure). */
const GAP = 4;

/** A box in viewport coordinates. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The menu's viewport position (its top-left corner): below the toggle, its inline-start edge on the
 * toggle's; above the toggle when it does not fit below but fits above; kept inside the viewport
 * horizontally.
 */
export function menuPlace(
  toggle: Box,
  menu: { width: number; height: number },
  viewport: { width: number; height: number },
  rtl = false,
): { top: number; left: number } {
  const below = toggle.bottom + GAP;
  const above = toggle.top - GAP - menu.height;
  const top = below + menu.height > viewport.height && above >= 0 ? above : below;
  const start = rtl ? toggle.right - menu.width : toggle.left;
  const left = Math.max(0, Math.min(start, viewport.width - menu.width));
  return { top, left };
}

/** Places `menu` under `toggle` now and whenever the page (or any box) scrolls or the window resizes, until `stop()`. */
export function followToggle(menu: HTMLElement, toggle: HTMLElement): { place(): void; stop(): void } {
  const place = () => {
    const box = toggle.getBoundingClientRect();
    menu.style.minWidth = `${box.width}px`;
    const { top, left } = menuPlace(
      box,
      { width: menu.offsetWidth, height: menu.offsetHeight },
      { width: document.documentElement.clientWidth, height: innerHeight },
      getComputedStyle(toggle).direction === 'rtl',
    );
    menu.style.top = `${top}px`;
    menu.style.left = `${left}px`;
  };
  place();
  addEventListener('scroll', place, { capture: true, passive: true });
  addEventListener('resize', place, { passive: true });
  return {
    place,
    stop() {
      removeEventListener('scroll', place, { capture: true });
      removeEventListener('resize', place);
      menu.removeAttribute('style');
    },
  };
}
