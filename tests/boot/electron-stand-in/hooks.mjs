// Module resolution hook (runs on Node's loader thread). Electron answers
// 'electron', 'electron/main' and 'electron/common' with the main-process
// modules; here they all become the stand-in. 'electron/renderer' and
// 'electron/utility' are left alone, so importing them from main fails, as it
// does in Electron.
const STAND_IN = new URL('./index.mjs', import.meta.url).href;
const MAIN_SPECIFIERS = new Set(['electron', 'electron/main', 'electron/common']);

export async function resolve(specifier, context, nextResolve) {
  if (MAIN_SPECIFIERS.has(specifier)) return { url: STAND_IN, format: 'module', shortCircuit: true };
  return nextResolve(specifier, context);
}
