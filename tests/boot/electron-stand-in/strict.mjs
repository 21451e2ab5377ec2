import { record, reportProblem } from './channel.mjs';

// Strictness: every stand-in object is wrapped so that reading or setting a
// property it does not define throws (and is reported to the test). A new
// Electron call in main is noticed, never silently answered with undefined.

/** Tags stand-in objects so records can refer to them ({ $ref: 'BrowserWindow#1' }). */
export const REF = Symbol('electron stand-in ref');

// Properties that JavaScript itself probes for (await, JSON.stringify, util.inspect).
const PROBES = new Set(['then', 'toJSON', 'inspect', 'constructor']);

export const README = 'tests/boot/README.md';

/** Throws (and reports) for an Electron API the stand-in does not implement. */
export function missing(api) {
  const message =
    `The Electron stand-in has no ${api}. Main now uses an Electron API the boot tests do not know: ` +
    `add it to tests/boot/electron-stand-in (see ${README}).`;
  reportProblem('missing-api', message);
  throw new Error(message);
}

/** Throws (and reports) like Electron for an API used before the app is ready. */
export function notReady(message) {
  reportProblem('not-ready', message);
  throw new Error(message);
}

export function strict(name, target) {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'symbol' || prop in t) return Reflect.get(t, prop, receiver);
      if (PROBES.has(prop)) return undefined;
      return missing(`${name}.${prop}`);
    },
    set(t, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop in t) return Reflect.set(t, prop, value, receiver);
      return missing(`${name}.${prop} (set)`);
    },
  });
}

/** An Electron module or class the stand-in does not implement: any use of it throws. */
export function unimplemented(name) {
  const target = function unimplementedElectronApi() {};
  return new Proxy(target, {
    get(t, prop) {
      if (typeof prop === 'symbol' || prop === 'prototype' || prop === 'name' || prop === 'length') return Reflect.get(t, prop);
      if (PROBES.has(prop)) return undefined;
      return missing(`${name}.${prop}`);
    },
    set(_t, prop) {
      return missing(`${name}.${String(prop)} (set)`);
    },
    apply() {
      return missing(`${name}()`);
    },
    construct() {
      return missing(`new ${name}()`);
    },
  });
}

/** An Electron event object: preventDefault() is what the tests look at. */
export function electronEvent(name, extra = {}) {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...extra,
  };
  return strict(`Event(${name})`, event);
}

/**
 * A structured-cloneable picture of a value for the records: functions become
 * { $function }, stand-in objects { $ref }, errors { $error }.
 */
export function describe(value, depth = 0) {
  if (typeof value === 'function') return { $function: value.name || 'anonymous' };
  if (typeof value === 'symbol') return String(value);
  if (value === null || typeof value !== 'object') return value;
  const ref = value[REF];
  if (typeof ref === 'string') return { $ref: ref };
  if (value instanceof Error) return { $error: value.message };
  if (depth > 8) return { $deep: true };
  if (Array.isArray(value)) return value.map((item) => describe(item, depth + 1));
  const out = {};
  for (const [key, item] of Object.entries(value)) out[key] = describe(item, depth + 1);
  return out;
}

/** Wraps an implementation so each call is recorded with its arguments. */
export function recorded(api, impl) {
  return function recordedElectronCall(...args) {
    record(api, { args: describe(args) });
    return impl.apply(this, args);
  };
}
