import { z } from 'zod';

// Zod probes for eval (new Function) when a schema is built, to compile fast
// parsers; the CSP refuses eval, so Chromium reports a violation at start-up.
// Jitless skips the probe. main.tsx imports this first: schemas are built as
// their modules load, so the setting must be in place before any of them.
z.config({ jitless: true });
