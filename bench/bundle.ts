import path from 'node:path';

/**
 * How to start a TypeScript entry in a fresh node process. Loading TypeScript
 * through tsx costs about 0.7 s per start and runs a loader thread beside the
 * program, which would dominate hundreds of soak rounds and blur cold-open
 * timings; the app itself runs bundled JavaScript. So the entry is bundled once
 * with esbuild (installed alongside tsx) into plain JavaScript. If esbuild is
 * not available, the entry runs through tsx instead, only more slowly.
 */
export async function nodeCommandFor(entry: string, outDir: string): Promise<string[]> {
  try {
    const esbuild = await import('esbuild');
    const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
    await esbuild.build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
      banner: { js: "import { createRequire as __ckCreateRequire } from 'node:module'; const require = __ckCreateRequire(import.meta.url);" },
    });
    return [outfile];
  } catch {
    return ['--import', 'tsx', entry];
  }
}
