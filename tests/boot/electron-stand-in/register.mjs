// Loaded with `node --import <this file> out/main/index.js`: from here on every
// `import ... from 'electron'` resolves to the recording stand-in (index.mjs).
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
