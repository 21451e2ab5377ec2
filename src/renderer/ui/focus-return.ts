import { useCallback, useLayoutEffect, useRef } from 'react';

// Radix returns focus on close only to its own Trigger, and our dialogs are
// opened by plain buttons (state, a ?new=1 link, a row's action), so without
// this focus fell to <body> and a keyboard user had to start again from the
// top of the window. We remember what had focus when the dialog opened and
// put it back; if the opener has gone (a deleted row), the page's main area
// takes focus instead, which is where the coach was working.

const FOCUSABLE =
  'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], summary, [tabindex]:not([tabindex="-1"])';

function isReachable(element: HTMLElement): boolean {
  // Inside a closed <details> only its summary can take focus.
  const closed = element.closest('details:not([open])');
  if (closed && element.tagName !== 'SUMMARY') return false;
  // Radio groups: only the checked radio (or the first) is in the Tab order.
  if (element instanceof HTMLInputElement && element.type === 'radio' && !element.checked) {
    const group = element.form?.elements.namedItem(element.name);
    if (group instanceof RadioNodeList && [...group].some((r) => (r as HTMLInputElement).checked)) return false;
  }
  return true;
}

/**
 * Focuses the first control a keyboard user would reach inside `container`;
 * false when none would take focus (the body still loading, say).
 */
export function focusFirstIn(container: ParentNode | null): boolean {
  if (!container) return false;
  for (const element of container.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (!isReachable(element)) continue;
    element.focus();
    // The browser refuses focus for what is not rendered (display: none and the like).
    if (document.activeElement === element) return true;
  }
  return false;
}

// A dialog opened from a menu item: by the time the dialog mounts, the item
// has gone with the menu (focus is on <body>), so the way back is the last
// thing focused outside any menu or dialog: the button that opened the menu.
let lastFocusedOutsideOverlays: HTMLElement | null = null;
const OVERLAY = '[role="menu"], [role="dialog"], [role="alertdialog"]';
if (typeof document !== 'undefined') {
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLElement && !target.closest(OVERLAY)) lastFocusedOutsideOverlays = target;
    },
    true,
  );
}

function openerOf(active: Element | null): HTMLElement | null {
  if (active instanceof HTMLElement && active !== document.body && !active.closest('[role="menu"]')) return active;
  return lastFocusedOutsideOverlays?.isConnected ? lastFocusedOutsideOverlays : null;
}

export interface FocusReturn {
  /** For Radix's onCloseAutoFocus. */
  onCloseAutoFocus: (event: Event) => void;
}

/**
 * Remembers the opener as `open` turns true: in a layout effect, before the
 * portal mounts the content, because a field with autoFocus would otherwise
 * already hold focus (and Radix then skips its own open-focus event).
 */
export function useFocusReturn(open: boolean): FocusReturn {
  const opener = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    if (open) opener.current = openerOf(document.activeElement);
  }, [open]);

  const onCloseAutoFocus = useCallback((event: Event) => {
    event.preventDefault();
    const target = opener.current;
    opener.current = null;
    if (target?.isConnected) target.focus();
    // Gone, or no longer focusable (disabled while a save runs).
    if (!target || document.activeElement !== target) document.getElementById('main-content')?.focus();
  }, []);

  return { onCloseAutoFocus };
}
