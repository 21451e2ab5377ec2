import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { rendererDevCsp } from './src/main/shell/csp';

/**
 * index.html carries the strict production CSP. The dev server needs inline
 * scripts (React refresh) and its websocket, so in `electron-vite dev` only the
 * meta tag is swapped for the dev policy; builds keep the strict one.
 */
function devCspPlugin(): Plugin {
  let devUrl = 'http://localhost:5173';
  return {
    name: 'circlekeeper-dev-csp',
    apply: 'serve',
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        const url = server.resolvedUrls?.local[0];
        if (url) devUrl = url;
      });
    },
    transformIndexHtml(html) {
      return html.replace(
        /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/,
        (_m, open: string, close: string) => `${open}${rendererDevCsp(devUrl)}${close}`,
      );
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // Started as a worker thread from index.js (shell/export-workers.ts).
          'export-files-worker': resolve(__dirname, 'src/main/workers/export-files-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // Sandboxed preloads are loaded as classic scripts: CommonJS, one file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      // Minified: the window's first paint waits on parsing this bundle.
      minify: true,
      // Loaded from the local disk, never over a network: one bundle is simplest.
      chunkSizeWarningLimit: 1000,
      rolldownOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react(), devCspPlugin()],
  },
});
