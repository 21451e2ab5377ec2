import { EventEmitter } from 'node:events';
import { onRequest, record } from './channel.mjs';
import { config } from './config.mjs';
import { state } from './state.mjs';
import { notReady, strict } from './strict.mjs';

// screen and nativeTheme, answered from the stand-in's config; powerMonitor,
// whose events (suspend, the screen locking) the test sends as the OS would.

function display(area, index) {
  return {
    id: index + 1,
    label: `Display ${index + 1}`,
    bounds: { ...area },
    workArea: { ...area },
    size: { width: area.width, height: area.height },
    workAreaSize: { width: area.width, height: area.height },
    scaleFactor: 1,
    rotation: 0,
    internal: index === 0,
  };
}

const ensureReady = (api) => {
  if (!state.ready) notReady(`The 'screen' module can't be used before the app 'ready' event (${api})`);
};

export const screen = strict('screen', {
  getAllDisplays() {
    ensureReady('screen.getAllDisplays');
    return config.displays.map(display);
  },
  getPrimaryDisplay() {
    ensureReady('screen.getPrimaryDisplay');
    return display(config.displays[0], 0);
  },
});

class NativeTheme extends EventEmitter {
  shouldUseDarkColors = config.darkTheme;
  shouldUseHighContrastColors = false;
  source = 'system';

  get themeSource() {
    return this.source;
  }

  set themeSource(value) {
    record('nativeTheme.themeSource', { value });
    this.source = value;
  }
}

export const nativeTheme = strict('nativeTheme', new NativeTheme());

// Electron refuses powerMonitor before ready; main subscribes after it.
const POWER_EVENTS = new Set(['suspend', 'resume', 'lock-screen', 'unlock-screen', 'on-ac', 'on-battery', 'shutdown']);

class PowerMonitor extends EventEmitter {
  on(event, listener) {
    if (!state.ready) notReady(`The 'powerMonitor' module can't be used before the app 'ready' event (powerMonitor.on)`);
    record('powerMonitor.on', { event });
    return super.on(event, listener);
  }
}

export const powerMonitor = strict('powerMonitor', new PowerMonitor());

// { event: 'suspend' | 'lock-screen' | ... }: the OS telling main.
onRequest('power-event', ({ event }) => {
  if (!POWER_EVENTS.has(event)) throw new Error(`powerMonitor has no event named ${String(event)}`);
  return { listened: powerMonitor.emit(event, { preventDefault: () => undefined }) };
});
