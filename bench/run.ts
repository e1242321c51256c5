// `npm run bench`: builds our app and the floor, serves both through one static server, measures
// both in the same run (headless Chromium with the simulated device, then real firefox-esr),
// prints the table and writes bench/results.json (+ a timestamped copy to compare runs).
//   npm run bench -- --iterations 20 --firefox-launches 3 --firefox-loads 8 --late-checks 3 --oauth-runs 10
// Ports (bench/ports.ts): BENCH_FLOOR_PORT (4173), BENCH_APP_PORT (4174), BENCH_RELIER_PORT (4175).
//   npm run bench -- --no-firefox
// The production shape (API on another origin, CORS preflights) runs after, per added latency:
//   npm run bench -- --latencies 0,40      (--no-production-shape to skip it)
// Its API ports: BENCH_FLOOR_API_PORT (4176), BENCH_APP_API_PORT (4177).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, buildFloor, buildFloorCrossOrigin, ROOT } from './build.ts';
import {
  type Attempt,
  type ChromiumResults,
  emptyChromiumResults,
  runChromium,
} from './chromium.ts';
import { type FirefoxLoad, type FirefoxResults, runFirefox } from './firefox.ts';
import { finishMachineInfo, machineInfo } from './machine.ts';
import { type OAuthResults, runOAuth, startRelier } from './oauth.ts';
import { benchPorts } from './ports.ts';
import { type ProductionShapeResults, runProductionShape } from './production-shape.ts';
import { chromiumRows, oauthRows, sizeRows } from './rows.ts';
import { firefoxRows } from './rows-firefox.ts';
import { productionRows } from './rows-production.ts';
import {
  apiFetches,
  apiRequests,
  fxaStatusRoundTrip,
  fxaStatusSends,
  networkRounds,
  type PageSample,
  sequentialRounds,
} from './sample.ts';
import type { AppKind, Target } from './scenarios.ts';
import { startServer } from './server.ts';
import { APP_ROUTE_MODULES, FLOOR_GZIP_KIB, FLOOR_ROUTE_MODULES, routeSizes } from './sizes.ts';
import { formatTable } from './table.ts';

const PORTS = benchPorts();

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string', default: '20' },
    'late-checks': { type: 'string', default: '3' },
    'firefox-launches': { type: 'string', default: '3' },
    'firefox-loads': { type: 'string', default: '8' },
    'oauth-runs': { type: 'string', default: '10' },
    'no-firefox': { type: 'boolean', default: false },
    latencies: { type: 'string', default: '0,40' },
    'no-production-shape': { type: 'boolean', default: false },
  },
});
const latencies = args.latencies.split(',').map((v) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--latencies: ${v} is not a whole number`);
  return n;
});
const count = (name: keyof typeof args) => {
  const n = Number(args[name]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
};

const log = (line: string) => console.info(line);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** The per-load figures, small enough to keep every load in the JSON. */
function compact(s: PageSample | undefined) {
  if (!s) return null;
  const before = s.marks.content ?? Number.POSITIVE_INFINITY;
  return {
    content: s.marks.content ?? null,
    shell: s.marks.shell ?? null,
    signin: s.marks.signin ?? null,
    fxaStatusSent: fxaStatusSends(s).length,
    fxaStatusRoundTrip: fxaStatusRoundTrip(s) ?? null,
    apiRequests: apiRequests(s, before).map((r) => ({
      path: new URL(r.name).pathname,
      start: r.start,
      end: r.end,
    })),
    rounds: sequentialRounds(apiFetches(s, before)),
    networkRounds: networkRounds(apiRequests(s, before)),
    longTasks: s.longtasks.length,
    url: s.url,
  };
}
const compactAttempts = (a: Attempt[]) =>
  a.map((x) => ({
    first: compact(x.sample),
    repeat: compact(x.repeat),
    server: x.server ?? null,
    error: x.error ?? null,
  }));
const compactLoads = (a: FirefoxLoad[]) =>
  a.map((x) => ({ ...compact(x.sample), server: x.server ?? null, error: x.error ?? null }));

/** Failed loads become "(n failed)" in the table; say here what went wrong. */
function reportFailedLoads(r: ChromiumResults) {
  for (const [id, per] of Object.entries(r.loads)) {
    for (const kind of ['app', 'floor'] as const) {
      const errors = per[kind].filter((a) => a.error).map((a) => a.error);
      if (errors.length)
        console.warn(`  ${kind} ${id}: ${errors.length} failed, e.g. ${errors[0]}`);
    }
  }
  for (const kind of ['app', 'floor'] as const) {
    const errors = r.late[kind].filter((c) => c.error).map((c) => c.error);
    if (errors.length)
      console.warn(`  ${kind} late reply: ${errors.length} failed, e.g. ${errors[0]}`);
  }
}

async function main() {
  const started = performance.now();
  const machine = machineInfo();
  log(
    `bench: ${machine.cores} cores (${machine.cpu}), load average ${machine.loadAverage.start.join(' ')}`,
  );

  let t = performance.now();
  const floorDist = buildFloor(log);
  const targets: Record<AppKind, Target> = {
    app: { kind: 'app', origin: `http://localhost:${PORTS.app}` },
    floor: { kind: 'floor', origin: `http://localhost:${PORTS.floor}` },
  };
  const appDist = buildApp(targets.app.origin);
  const productionShape = !args['no-production-shape'];
  const crossOriginDists = productionShape
    ? {
        app: buildApp(`http://localhost:${PORTS.appApi}`, 'app-dist-xo'),
        floor: buildFloorCrossOrigin(`http://localhost:${PORTS.floorApi}`),
      }
    : null;
  log(`built the floor and the app in ${seconds(t)}`);

  const sizes = {
    app: routeSizes(appDist, APP_ROUTE_MODULES),
    floor: routeSizes(floorDist, FLOOR_ROUTE_MODULES, undefined, {}),
  };
  const servers = {
    app: await startServer(appDist, PORTS.app),
    floor: await startServer(floorDist, PORTS.floor),
    relier: await startRelier(PORTS.relier),
  };
  try {
    t = performance.now();
    const iterations = count('iterations');
    log(`chromium: ${iterations} rounds × 3 scenarios × 2 apps, fresh context each…`);
    let chromium: ChromiumResults;
    try {
      chromium = await runChromium(targets, { iterations, lateChecks: count('late-checks'), log });
      log(`chromium done in ${seconds(t)}`);
    } catch (error) {
      chromium = emptyChromiumResults(String(error).split('\n')[0] ?? 'failed');
      log(`chromium failed: ${chromium.error}`);
    }
    reportFailedLoads(chromium);

    t = performance.now();
    const oauthRuns = count('oauth-runs');
    log(`oauth one-click: ${oauthRuns} runs, app only…`);
    let oauth: OAuthResults;
    try {
      oauth = await runOAuth(targets.app, { runs: oauthRuns, log });
      log(`oauth done in ${seconds(t)}`);
      const errors = oauth.runs.filter((x) => x.error).map((x) => x.error);
      if (errors.length) console.warn(`  oauth: ${errors.length} failed, e.g. ${errors[0]}`);
    } catch (error) {
      oauth = { version: '', runs: [], error: String(error).split('\n')[0] ?? 'failed' };
      log(`oauth failed: ${oauth.error}`);
    }

    let firefox: FirefoxResults | { error: string };
    if (args['no-firefox']) firefox = { error: 'skipped: --no-firefox' };
    else {
      t = performance.now();
      log('firefox-esr: launching per app, cold start then warm loads…');
      try {
        firefox = await runFirefox(targets, {
          launches: count('firefox-launches'),
          warmLoads: count('firefox-loads'),
          log,
        });
        log(`firefox done in ${seconds(t)}`);
        for (const [when, per] of Object.entries({ cold: firefox.cold, warm: firefox.warm })) {
          for (const kind of ['app', 'floor'] as const) {
            const errors = per[kind].filter((l) => l.error).map((l) => l.error);
            if (errors.length)
              console.warn(
                `  firefox ${kind} ${when}: ${errors.length} without content, e.g. ${errors[0]}`,
              );
          }
        }
      } catch (error) {
        firefox = { error: String(error).split('\n')[0] ?? 'failed' };
        log(`firefox failed: ${firefox.error}`);
      }
    }

    // The same-origin servers give their ports to the production shape's.
    await Promise.all([servers.app.close(), servers.floor.close()]);
    let production: ProductionShapeResults | { error: string } = {
      error: 'skipped: --no-production-shape',
    };
    if (crossOriginDists) {
      t = performance.now();
      try {
        production = await runProductionShape({
          dists: crossOriginDists,
          ports: { app: PORTS.app, floor: PORTS.floor },
          apiPorts: { app: PORTS.appApi, floor: PORTS.floorApi },
          latencies,
          iterations,
          firefox: args['no-firefox']
            ? null
            : { launches: count('firefox-launches'), warmLoads: count('firefox-loads') },
          log,
        });
        log(`production shape done in ${seconds(t)}`);
      } catch (error) {
        production = { error: String(error).split('\n')[0] ?? 'failed' };
        log(`production shape failed: ${production.error}`);
      }
    }

    const info = finishMachineInfo({
      ...machine,
      chromium: chromium.version,
      ...('version' in firefox ? { firefox: firefox.version } : {}),
    });
    const rows = [
      ...sizeRows(sizes.app, sizes.floor),
      ...chromiumRows(chromium),
      ...oauthRows(oauth),
      ...firefoxRows(firefox),
      ...productionRows(production),
    ];
    const duration = (performance.now() - started) / 1000;

    console.info(`\n${formatTable(rows)}\n`);
    console.info(
      `${info.date} · ${info.cores} × ${info.cpu} · ${info.os} · node ${info.node} · Chromium ${info.chromium}` +
        `${info.firefox ? ` · ${info.firefox}` : ''} · load average ${info.loadAverage.start.join(' ')} → ${info.loadAverage.end?.join(' ')}`,
    );
    for (const kind of ['app', 'floor'] as const) {
      const unknown = Object.keys(servers[kind].stats.unknown);
      if (unknown.length)
        console.warn(
          `${kind} called API endpoints the bench fake does not know: ${unknown.join(', ')}`,
        );
    }
    const verdicts = (v: string) => rows.filter((r) => r.result === v).map((r) => r.metric);
    const [passed, failed, unmeasured] = [verdicts('PASS'), verdicts('FAIL'), verdicts('n/a')];
    console.info(
      `budgets: ${passed.length} pass, ${failed.length} fail, ${unmeasured.length} not measured` +
        (failed.length ? ` — FAILED: ${failed.join('; ')}` : ''),
    );

    const results = {
      machine: info,
      options: args,
      durationSeconds: Math.round(duration),
      rows,
      sizes: { ...sizes, floorPublishedGzipKiB: FLOOR_GZIP_KIB },
      api: { app: servers.app.stats, floor: servers.floor.stats },
      raw: {
        chromium: Object.fromEntries(
          Object.entries(chromium.loads).map(([id, per]) => [
            id,
            { app: compactAttempts(per.app), floor: compactAttempts(per.floor) },
          ]),
        ),
        lateReply: chromium.late,
        oauth,
        production:
          'error' in production
            ? production
            : production.runs.map((r) => ({
                latencyMs: r.latencyMs,
                chromium: {
                  app: compactAttempts(r.chromium.loads.device.app),
                  floor: compactAttempts(r.chromium.loads.device.floor),
                },
                firefox:
                  'error' in r.firefox
                    ? r.firefox
                    : {
                        cold: {
                          app: compactLoads(r.firefox.cold.app),
                          floor: compactLoads(r.firefox.cold.floor),
                        },
                        warm: {
                          app: compactLoads(r.firefox.warm.app),
                          floor: compactLoads(r.firefox.warm.floor),
                        },
                      },
              })),
        firefox:
          'error' in firefox
            ? firefox
            : {
                version: firefox.version,
                launchMs: firefox.launchMs,
                cold: {
                  app: compactLoads(firefox.cold.app),
                  floor: compactLoads(firefox.cold.floor),
                },
                warm: {
                  app: compactLoads(firefox.warm.app),
                  floor: compactLoads(firefox.warm.floor),
                },
              },
      },
    };
    const out = path.join(ROOT, 'bench', 'results.json');
    const json = `${JSON.stringify(results, null, 2)}\n`;
    fs.writeFileSync(out, json);
    const stamp = info.date.replace(/[-:]/g, '').replace(/\..*$/, '');
    fs.writeFileSync(path.join(ROOT, 'bench', `results-${stamp}.json`), json);
    log(
      `wrote bench/results.json and bench/results-${stamp}.json (${duration.toFixed(0)} s in all)`,
    );
  } finally {
    await Promise.all([servers.app.close(), servers.floor.close(), servers.relier.close()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
