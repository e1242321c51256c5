/// <reference types="vitest/config" />
import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { type Connect, defineConfig, type Plugin } from 'vite';
import { APP_CHUNK_MODULE } from './scripts/vite-manifest.ts';
import { devOnlyPublicFiles } from './scripts/vite-plugin-dev-only.ts';
import { ftlPlugin } from './scripts/vite-plugin-ftl.ts';
import { plainDynamicImports } from './scripts/vite-plugin-plain-dynamic-imports.ts';
import { routePreloads } from './scripts/vite-plugin-route-preloads.ts';
import { readConfig } from './server/config.ts';
import { receiveCspReport } from './server/csp-report.ts';
import { parseRequestPath } from './server/request-path.ts';
import {
  applySecurityHeaders,
  CSP_REPORT_PATH,
  contentSecurityPolicy,
} from './server/security-headers.ts';

const port = Number(process.env.PORT ?? 3030);

/**
 * The production header policy (server/security-headers.ts) on Vite's dev and preview servers, so
 * a CSP violation shows in development as it would in production. Preview serves the real build
 * and gets the production policy unchanged. Dev relaxes only what its HMR needs: the React Refresh
 * preamble is an inline script, CSS arrives as <style> elements, and updates come over a
 * WebSocket on the dev server's own port (the default `server.hmr`).
 */
function securityHeaders(): Plugin {
  const middleware =
    (csp: string, log: (message: string) => void): Connect.NextHandleFunction =>
    (req, res, next) => {
      const target = parseRequestPath(req.url);
      const pathname = target.ok ? target.pathname : '/';
      applySecurityHeaders(res, pathname, csp);
      if (pathname === CSP_REPORT_PATH) {
        receiveCspReport(req, res, { info: log }).catch(next);
        return;
      }
      next();
    };
  return {
    name: 'fxa-security-headers',
    configureServer(server) {
      const csp = contentSecurityPolicy(readConfig(process.env).services, {
        hmrWebSocketOrigin: `ws://localhost:${server.config.server.port}`,
      });
      server.middlewares.use(middleware(csp, (m) => server.config.logger.warn(m)));
    },
    configurePreviewServer(server) {
      const csp = contentSecurityPolicy(readConfig(process.env).services);
      server.middlewares.use(middleware(csp, (m) => server.config.logger.warn(m)));
    },
  };
}

/**
 * Modules that several pages share, each set held in one chunk. Left to itself the bundler makes a
 * file for every combination of pages that uses a module, and every extra file on a first load
 * costs its own compression and import lines (the size budget, bench/sizes.ts). Only these
 * modules are grouped, not what they import: that is in the entry or the app chunk, which every
 * page has loaded before. A listed file that no longer exists fails the build, so a rename cannot
 * silently split the chunk up again.
 */
function sharedChunk(name: string, files: readonly string[], virtualIds: readonly string[] = []) {
  const ids = new Set(
    files.map((file) => {
      const id = path.resolve(import.meta.dirname, file);
      if (!fs.existsSync(id)) throw new Error(`sharedChunk ${name}: ${file} does not exist`);
      return id;
    }),
  );
  // Virtual modules' ids carry the bundler's \0 prefix (scripts/vite-plugin-ftl.ts).
  const virtual = new Set(virtualIds.map((id) => `\0${id}`));
  return {
    name,
    test: (id: string) => ids.has(id) || virtual.has(id),
    includeDependenciesRecursively: false,
  };
}

const sharedChunks = [
  // What the entry loads at once, all in the entry's file: a module that a lazily loaded page
  // imports too (app/lib/email.ts) would otherwise be split into a file of its own.
  { name: 'index', tags: ['$initial' as const], includeDependenciesRecursively: false },
  // What email-first (/) and the sign-in page (/signin) both show, and most of sign-in's later
  // steps: one file instead of six on either first load. The settings pages that show a server's
  // wait (retry-wait) load it too, after their page.
  sharedChunk('signin-common', [
    'app/features/signin/bad-request.tsx',
    'app/features/signin/email.ts',
    'app/features/signin/error-message.tsx',
    'app/features/signin/flow.ts',
    'app/features/signin/load-actions.ts',
    'app/features/signin/signin-state.ts',
    'app/features/signin/storage-notice.tsx',
    'app/lib/redirect-to.ts',
    'app/lib/retry-wait.ts',
    'app/components/retry-countdown.tsx',
    'app/lib/step-state.ts',
  ]),
  // The auth-server client with what the settings requests read (app/features/settings/data/
  // first-requests.ts loads it before the app chunk; the settings page needs it too). Every
  // page that calls the server loads it.
  sharedChunk('auth-client', [
    'app/config.ts',
    'app/lib/auth-client/account-data.ts',
    'app/lib/auth-client/attached-clients.ts',
    'app/lib/auth-client/errors.ts',
    'app/lib/auth-client/http.ts',
    'app/lib/auth-client/oauth.ts',
    'app/lib/auth-client/profile-read.ts',
    'app/lib/crypto/bytes.ts',
    'app/lib/crypto/hawk.ts',
    'app/lib/crypto/hkdf.ts',
    'app/lib/crypto/namespace.ts',
    'app/lib/crypto/token-credentials.ts',
    'app/lib/next-page-notice.ts',
  ]),
  // A visit to /settings: the main page, the data layer its loader calls and its English strings,
  // in one file. Every settings sub-page is reached through the route module
  // (app/routes/settings/settings-route.tsx), so this is loaded before any of them and they reuse
  // it; left to the bundler, what they share with the main page and the strings were three more
  // files on that first visit (docs/performance.md, "Fewer files"). The route module itself
  // stays out: grouped, the bundler (rolldown 1.2.19) gave it a facade chunk that re-exported
  // a namespace it never declared.
  sharedChunk(
    'settings',
    [
      'app/features/settings/avatar.tsx',
      'app/features/settings/data/queries.ts',
      'app/features/settings/data/use-settings-account.ts',
      'app/features/settings/data/use-settings-query.ts',
      'app/features/settings/end-session.ts',
      'app/features/settings/error-text.tsx',
      'app/features/settings/sections/delete-account-section.tsx',
      'app/features/settings/sections/profile-section.tsx',
      'app/features/settings/sections/secondary-emails.tsx',
      'app/features/settings/sections/security-section.tsx',
      'app/features/settings/settings-alert.tsx',
      'app/features/settings/settings-errors.ts',
      'app/features/settings/settings-exit.ts',
      'app/features/settings/settings-layout.tsx',
      'app/features/settings/settings-page.tsx',
      'app/features/settings/skeleton.tsx',
      'app/features/settings/step-up/cancelled.ts',
      'node_modules/@tanstack/react-query/build/modern/queryOptions.js',
    ],
    ['virtual:ftl/en/settings'],
  ),
];

export default defineConfig({
  plugins: [
    react(),
    ftlPlugin(path.resolve(import.meta.dirname, 'app')),
    securityHeaders(),
    devOnlyPublicFiles(['mockServiceWorker.js']),
    plainDynamicImports(),
    // Every page opens with the app chunk and its own route's chunks on the way
    // (scripts/vite-plugin-route-preloads.ts). English is every page's fallback bundle, so its
    // strings load in every language.
    routePreloads({
      everyPage: [APP_CHUNK_MODULE],
      index: ['app/routes/signin/index-route.tsx', 'virtual:ftl/en/signin', 'virtual:ftl/en/oauth'],
      routes: {
        settings: ['app/routes/settings/settings-route.tsx'],
        signin: [
          'app/routes/signin/signin-route.tsx',
          'virtual:ftl/en/signin',
          'virtual:ftl/en/oauth',
        ],
        authorization: ['app/routes/oauth/authorization-route.tsx', 'virtual:ftl/en/oauth'],
        // Firefox's "Reconnect" opens it on a cold start.
        force_auth: [
          'app/routes/signin/force-auth-route.tsx',
          'virtual:ftl/en/signin',
          'virtual:ftl/en/oauth',
        ],
      },
      // The settings requests leave before the app chunk runs (app/main.tsx).
      beforeApp: { settings: ['app/features/settings/data/first-requests.ts'] },
    }),
  ],
  // No CORS headers at all (RFC 9700 §2.6): Vite would otherwise answer localhost origins.
  server: { port, strictPort: true, host: 'localhost', cors: false },
  preview: { port, strictPort: true, host: 'localhost', cors: false },
  build: {
    target: 'es2022',
    manifest: true,
    sourcemap: false,
    // No preload list: it adds every chunk's imports to the entry and a <link> per import at run
    // time (1 KiB gzip on each route's initial JS, the size budget; ~15 ms of main thread on a
    // first visit to /settings, bench CPU profile 2026-11-30). The first visit's chunks are named
    // in each page's HTML instead (routePreloads above); a later lazy chunk fetches its own
    // imports once it arrives. The helper that would have read the list is a plain call
    // (plainDynamicImports above).
    modulePreload: false,
    // One stylesheet for every page (8 KiB; the settings styles were 3.6 KiB of it): a lazy
    // chunk's own CSS needs Vite's preload helper in the JS (0.3 KiB gzip on every route's
    // initial JS), and a client-side move to /settings waited for its stylesheet.
    cssCodeSplit: false,
    rolldownOptions: { output: { codeSplitting: { groups: sharedChunks } } },
  },
  test: {
    environment: 'happy-dom',
    include: [
      'app/**/*.test.{ts,tsx}',
      'mocks/**/*.test.{ts,tsx}',
      'server/**/*.test.{ts,tsx}',
      'relier/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    setupFiles: ['app/test/setup.ts'],
    restoreMocks: true,
  },
});
