// What the services need from the desktop around them: today only asking the
// coach where to save a file. Electron's implementation is in
// main/shell/platform.ts; the test host and the CLI pass their own, so the
// services never import electron.

export interface SaveRequest {
  title: string;
  /** A suggested file name (no folder). */
  defaultName: string;
  filters: { name: string; extensions: string[] }[];
}

export interface FolderRequest {
  title: string;
  buttonLabel: string;
}

export interface PlatformPort {
  /** Asks where to save; an absolute path, or null when the coach cancels. */
  chooseSaveLocation(request: SaveRequest): Promise<string | null>;
  /** Asks for a folder to write several files into (made if need be); an absolute path, or null when the coach cancels. */
  chooseFolder(request: FolderRequest): Promise<string | null>;
}

/** For headless use (the CLI): there is nobody to ask. */
export const headlessPlatform: PlatformPort = {
  chooseSaveLocation: () => Promise.resolve(null),
  chooseFolder: () => Promise.resolve(null),
};
