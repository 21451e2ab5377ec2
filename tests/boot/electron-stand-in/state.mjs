// State shared by the stand-in's modules.
export const state = {
  ready: false,
  windows: [],
  nextWindowId: 1,
  nextContentsId: 1,
  applicationMenu: null,
};

export const liveWindows = () => state.windows.filter((win) => !win.isDestroyed());
