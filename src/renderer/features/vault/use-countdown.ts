import { useEffect, useState } from 'react';

/** Whole seconds until `until` (an ISO instant), ticking each second; 0 once it has passed or when there is none. */
export function useSecondsUntil(until: string | null, now: () => number = Date.now): number {
  const left = () => (until ? Math.max(0, Math.ceil((Date.parse(until) - now()) / 1000)) : 0);
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    if (!until) return;
    const timer = setInterval(() => {
      const next = left();
      setSeconds(next);
      if (next === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until, now]);
  return seconds;
}

/** 75 -> "1:15", 9 -> "0:09": how long the wait still is, as a clock shows it. */
export function formatWait(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
