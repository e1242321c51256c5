import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Files of `public/` that only development may serve, removed from a production build. The MSW
 * worker (public/mockServiceWorker.js, used by mocks/msw/browser.ts in `npm run dev`) would
 * otherwise ship: a same-origin service worker that intercepts every request once registered,
 * which an injected script could register to outlive its page. Checked by
 * scripts/production-build.test.ts.
 */
export function devOnlyPublicFiles(names: readonly string[]): Plugin {
  return {
    name: 'fxa-dev-only-public-files',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir;
      if (!dir) return;
      for (const name of names) fs.rmSync(path.join(dir, name), { force: true });
    },
  };
}
