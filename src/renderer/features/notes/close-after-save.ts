// Closing the window with note text not yet saved. Electron treats a
// beforeunload that prevents the unload as "cancel the close", so the window
// is held open while the save runs, and then closed by the page itself: the
// coach asked once, and must not have to ask again. A save that fails (or a
// conflict with another window) keeps the window open, with the reason on
// screen, because closing then would lose the text. (Reload, which also
// passes here, is only in development builds' menu.)

export interface CloseAfterSaveDeps {
  /** Something typed has not reached main yet. */
  hasUnsaved(): boolean;
  /** Saves whatever is unsaved; resolves once it is saved or has failed. */
  flush(): Promise<void>;
  /** Closes the window (window.close()). */
  close(): void;
}

/** What the handler reads and sets on the event: enough for BeforeUnloadEvent and a test's stand-in. */
export interface UnloadEventLike {
  preventDefault(): void;
  returnValue: unknown;
}

/** The window's beforeunload handler. */
export function closeAfterSave(deps: CloseAfterSaveDeps): (event: UnloadEventLike) => void {
  let saving: Promise<void> | null = null;
  return (event) => {
    if (!deps.hasUnsaved()) return;
    event.preventDefault();
    // Older Chromium reads this rather than preventDefault.
    event.returnValue = '';
    // A second close while the save runs is the same wish: one save, one close.
    if (saving) return;
    saving = deps
      .flush()
      .then(() => {
        // Typed on while it saved, or the save failed: the window stays, and says which.
        if (!deps.hasUnsaved()) deps.close();
      })
      .finally(() => {
        saving = null;
      });
  };
}
