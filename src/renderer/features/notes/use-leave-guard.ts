import { useCallback, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { UNSAFE_NavigationContext } from 'react-router';

// Holds in-app navigation while a page cannot be left safely, and lets the
// page ask the coach first. React Router's useBlocker only works under a data
// router; the app uses the declarative HashRouter (and the component tests a
// MemoryRouter), where every link, navigate() and redirect goes through the
// router's navigator. So the guard stands in front of the navigator's push and
// replace while the page is mounted. Going back or forward in the history
// (there is no such control in the app's window) is not held.

/** What a page says about leaving it now: go, ask the coach, or wait for something (a save) and then say. */
export type LeaveVerdict = 'leave' | 'ask';
export type LeaveCheck = () => LeaveVerdict | Promise<LeaveVerdict>;

/** Navigation state that passes every guard: for leaving that must happen whatever the page holds (the notes locking). */
export const LEAVE_WITHOUT_ASKING = { leaveWithoutAsking: true } as const;

const passesGuards = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && (state as { leaveWithoutAsking?: unknown }).leaveWithoutAsking === true;

export interface LeaveGuard {
  /** A navigation is held until the coach answers. */
  asking: boolean;
  /** Stay on the page; the held navigation is dropped. */
  stay(): void;
  /** Go where the coach was going. */
  leave(): void;
}

export function useLeaveGuard(check: LeaveCheck): LeaveGuard {
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const latest = useRef(check);
  useEffect(() => {
    latest.current = check;
  });
  const held = useRef<(() => void) | null>(null);
  const [asking, setAsking] = useState(false);
  const mounted = useRef(true);

  // Layout effect: in place before any click can reach a link on the page.
  useLayoutEffect(() => {
    mounted.current = true;
    const { push, replace } = navigator;
    const guarded =
      (go: typeof push): typeof push =>
      (to, state, opts) => {
        const proceed = () => go.call(navigator, to, state, opts);
        if (passesGuards(state)) return proceed();
        const verdict = latest.current();
        const decide = (v: LeaveVerdict) => {
          // Left some other way meanwhile (the notes locked, say): this older wish to go is void.
          if (!mounted.current) return;
          if (v === 'leave') return proceed();
          held.current = proceed;
          setAsking(true);
        };
        if (typeof verdict === 'string') decide(verdict);
        else void verdict.then(decide);
      };
    navigator.push = guarded(push);
    navigator.replace = guarded(replace);
    return () => {
      mounted.current = false;
      navigator.push = push;
      navigator.replace = replace;
    };
  }, [navigator]);

  const stay = useCallback(() => {
    held.current = null;
    setAsking(false);
  }, []);
  const leave = useCallback(() => {
    const go = held.current;
    held.current = null;
    setAsking(false);
    go?.();
  }, []);
  return { asking, stay, leave };
}
