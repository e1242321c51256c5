// The bench's ports, from the environment so that several people (or worktrees) can run it on
// one machine at once. Defaults: floor 4173, app 4174, the OAuth callback server 4175.
//   BENCH_FLOOR_PORT=4273 BENCH_APP_PORT=4274 BENCH_RELIER_PORT=4275 npm run bench
// Our build embeds its API origin (bench/build.ts), so the app's port is fixed for a run.
// The production shape puts each app's API on its own origin: BENCH_FLOOR_API_PORT (4176) and
// BENCH_APP_API_PORT (4177).
export type BenchPorts = {
  floor: number;
  app: number;
  relier: number;
  floorApi: number;
  appApi: number;
};

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65_535) throw new Error(`${name}=${raw} is not a port`);
  return n;
}

export function benchPorts(): BenchPorts {
  const ports = {
    floor: port('BENCH_FLOOR_PORT', 4173),
    app: port('BENCH_APP_PORT', 4174),
    relier: port('BENCH_RELIER_PORT', 4175),
    floorApi: port('BENCH_FLOOR_API_PORT', 4176),
    appApi: port('BENCH_APP_API_PORT', 4177),
  };
  if (new Set(Object.values(ports)).size !== 5) {
    throw new Error(`the bench needs five different ports, got ${JSON.stringify(ports)}`);
  }
  return ports;
}
