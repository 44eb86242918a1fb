import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// One vitest run over every workspace, so CI prints a single summary. SWC compiles the tests because Nest's
// dependency injection needs decorator metadata, which esbuild does not emit.
const workspaces = ['packages', 'apps'].flatMap((folder) =>
  existsSync(folder)
    ? readdirSync(folder)
        .map((name) => join(folder, name))
        .filter((dir) => existsSync(join(dir, 'package.json')))
    : [],
);

export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    projects: workspaces.map((root) => ({
      extends: true,
      test: {
        name: root.split('/')[1],
        root,
        include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
        testTimeout: 60_000,
        hookTimeout: 120_000,
      },
    })),
  },
});
