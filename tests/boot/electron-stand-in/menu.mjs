import { onRequest, record } from './channel.mjs';
import { app } from './app.mjs';
import { liveWindows, state } from './state.mjs';
import { electronEvent, REF, strict } from './strict.mjs';

// Menu.buildFromTemplate / setApplicationMenu, with Electron's template
// checks. The test can click an item by its labels ('Help', 'About
// Circlekeeper'); items with only a role do what that role does for the roles
// main relies on (quit, close) and are recorded otherwise.

let nextMenuId = 1;

function validate(template) {
  if (!Array.isArray(template)) throw new TypeError('Invalid template for Menu: Menu template must be an array');
  for (const item of template) {
    const valid =
      item !== null &&
      typeof item === 'object' &&
      (Object.hasOwn(item, 'label') || Object.hasOwn(item, 'role') || item.type === 'separator');
    if (!valid) throw new TypeError('Invalid template for MenuItem: must have at least one of label, role or type');
  }
}

function buildItem(options) {
  const submenu = options.submenu === undefined ? null : Array.isArray(options.submenu) ? build(options.submenu) : options.submenu;
  return strict('MenuItem', {
    label: options.label ?? '',
    role: options.role ?? null,
    type: options.type ?? (submenu ? 'submenu' : 'normal'),
    accelerator: options.accelerator ?? null,
    enabled: options.enabled ?? true,
    visible: options.visible ?? true,
    click: options.click ?? null,
    submenu,
  });
}

function build(template) {
  validate(template);
  const menu = { items: template.map(buildItem) };
  menu[REF] = `Menu#${nextMenuId++}`;
  return strict('Menu', menu);
}

/** The menu as plain data for the test: labels, roles, and whether an item has a click handler. */
function picture(menu) {
  if (!menu) return null;
  return menu.items.map((item) => ({
    label: item.label,
    role: item.role,
    type: item.type,
    accelerator: item.accelerator,
    hasClick: typeof item.click === 'function',
    submenu: item.submenu ? picture(item.submenu) : null,
  }));
}

export const Menu = strict('Menu', {
  buildFromTemplate(template) {
    return build(template);
  },
  setApplicationMenu(menu) {
    record('Menu.setApplicationMenu', { menu: picture(menu) });
    state.applicationMenu = menu;
  },
  getApplicationMenu() {
    return state.applicationMenu;
  },
});

const ROLE_ACTIONS = {
  quit: () => app.quit(),
  close: () => liveWindows()[0]?.close(),
};

onRequest('menu', () => picture(state.applicationMenu));

onRequest('click-menu', ({ path }) => {
  let items = state.applicationMenu?.items ?? [];
  let item = null;
  for (const label of path) {
    item = items.find((candidate) => candidate.label === label || candidate.role === label) ?? null;
    if (!item) throw new Error(`The application menu has no item ${path.join(' > ')}`);
    items = item.submenu?.items ?? [];
  }
  record('menu.click', { path });
  if (typeof item.click === 'function') {
    item.click(item, liveWindows()[0] ?? undefined, electronEvent('click', { shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, triggeredByAccelerator: false }));
    return { ran: 'click' };
  }
  const action = item.role ? ROLE_ACTIONS[item.role] : undefined;
  if (!action) throw new Error(`The stand-in cannot perform the menu role ${item.role ?? '(none)'}; add it to ROLE_ACTIONS in menu.mjs`);
  action();
  return { ran: item.role };
});
