/**
 * Builds the browser pages: the GraphiQL IDE (web/ide), the graph explorer (web/explore) and the
 * charts (web/charts, Chart.js bundled), with shared code in web/src, into dist/web. Everything is bundled: no asset is loaded from another host.
 * The example operations (schema/operations/*.graphql) are read at build time into the virtual
 * module `virtual:autograph-operations`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = path.dirname(new URL(import.meta.url).pathname);
const operationsDir = path.resolve(root, '../schema/operations');
const VIRTUAL_ID = 'virtual:autograph-operations';

/** Each schema/operations/*.graphql file as { name, file, question, query }. */
function operationsPlugin(): Plugin {
  return {
    name: 'autograph-operations',
    resolveId(id) {
      return id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : null;
    },
    load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return null;
      const operations = fs
        .readdirSync(operationsDir)
        .filter((file) => file.endsWith('.graphql'))
        .sort()
        .map((file) => {
          const full = path.join(operationsDir, file);
          this.addWatchFile(full);
          const query = fs.readFileSync(full, 'utf8');
          const firstLine = query.split('\n', 1)[0] ?? '';
          const question = firstLine.startsWith('#') ? firstLine.replace(/^#\s*/, '').trim() : file;
          const name = /\b(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(query)?.[1] ?? file;
          const kind = /^\s*mutation\b/m.test(query) ? 'mutation' : 'query';
          return { name, file, question, query, kind };
        });
      return `export default ${JSON.stringify(operations)};`;
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [operationsPlugin()],
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: path.resolve(root, '../dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Monaco (GraphiQL's editor) is large by nature; the explorer and the charts do not load it.
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // React libraries mark client components with "use client"; it means nothing in a bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        ide: path.resolve(root, 'ide/index.html'),
        explore: path.resolve(root, 'explore/index.html'),
        charts: path.resolve(root, 'charts/index.html'),
      },
    },
  },
  worker: { format: 'es' },
});
