// The production shape: each app's API on another origin (the auth server is never the content
// server's origin), so every authorized request pays a CORS preflight; one fake API server per app
// with the same code and cost (bench/fake-api.ts behind bench/server.ts); and optionally a network
// profile, a fixed delay before every answer (pages, assets, preflights and API alike) applied by
// the servers, so Chromium and real Firefox get the same. Measured for settings content with an
// answering device in Chromium and real Firefox, per added latency.
import { type ChromiumResults, emptyChromiumResults, runChromium } from './chromium.ts';
import { type FirefoxResults, runFirefox } from './firefox.ts';
import type { AppKind, Target } from './scenarios.ts';
import { SCENARIOS } from './scenarios.ts';
import { type BenchServer, startServer } from './server.ts';

export type ProductionShapeResults = {
  /** Per added latency (ms): Chromium's device scenario and real Firefox's loads. */
  runs: Array<{
    latencyMs: number;
    chromium: ChromiumResults;
    firefox: FirefoxResults | { error: string };
  }>;
};

export type ProductionShapeOptions = {
  dists: Record<AppKind, string>;
  ports: Record<AppKind, number>;
  apiPorts: Record<AppKind, number>;
  latencies: number[];
  iterations: number;
  firefox: { launches: number; warmLoads: number } | null;
  log: (line: string) => void;
};

const DEVICE = SCENARIOS.filter((s) => s.id === 'device');
const KINDS: AppKind[] = ['app', 'floor'];

export async function runProductionShape(
  o: ProductionShapeOptions,
): Promise<ProductionShapeResults> {
  const servers: BenchServer[] = [];
  const results: ProductionShapeResults = { runs: [] };
  try {
    const targets = {} as Record<AppKind, Target>;
    for (const kind of KINDS) {
      const site = await startServer(o.dists[kind], o.ports[kind]);
      const api = await startServer(null, o.apiPorts[kind]);
      servers.push(site, api);
      targets[kind] = { kind, origin: site.origin, api };
    }
    for (const latencyMs of o.latencies) {
      for (const server of servers) server.setLatency(latencyMs);
      o.log(`production shape, +${latencyMs} ms: chromium, ${o.iterations} rounds × 2 apps…`);
      let chromium: ChromiumResults;
      try {
        chromium = await runChromium(targets, {
          iterations: o.iterations,
          lateChecks: 0,
          log: o.log,
          scenarios: DEVICE,
        });
      } catch (error) {
        chromium = emptyChromiumResults(String(error).split('\n')[0] ?? 'failed');
      }
      let firefox: FirefoxResults | { error: string } = { error: 'skipped: --no-firefox' };
      if (o.firefox) {
        o.log(`production shape, +${latencyMs} ms: firefox-esr…`);
        try {
          firefox = await runFirefox(targets, { ...o.firefox, log: o.log });
        } catch (error) {
          firefox = { error: String(error).split('\n')[0] ?? 'failed' };
        }
      }
      results.runs.push({ latencyMs, chromium, firefox });
    }
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
  return results;
}
