// Rows for real firefox-esr: warm loads and the browser cold-start case.
import type { FirefoxLoad, FirefoxResults } from './firefox.ts';
import { content, over, type PerApp, row } from './rows.ts';
import { fxaStatusRoundTrip, type PageSample, summarize } from './sample.ts';
import { type Figure, figure, na, type Row } from './table.ts';

function loadsFigure(loads: FirefoxLoad[], pick: (s: PageSample) => number | undefined): Figure {
  if (loads.length === 0) return na('not run');
  const fig = over(
    loads.map((l) => l.sample),
    pick,
  );
  if (!('median' in fig)) {
    const err = loads.find((l) => l.error)?.error;
    return na(err ? err.slice(0, 60) : 'no value');
  }
  return fig;
}

export function firefoxRows(r: FirefoxResults | { error: string }): Row[] {
  const section = `Real firefox-esr${'version' in r ? ` ${r.version}` : ''}, signed-in profile (signedInUser.json)`;
  if ('error' in r) {
    const f = na(r.error.slice(0, 80));
    return [
      row(section, 'fxa_status round trip (warm)', 'ms', f, f, '', 'n/a'),
      row(section, 'settings content (warm)', 'ms', f, f, '', 'n/a'),
      row(section, 'cold start: fxa_status round trip', 'ms', f, f, '', 'n/a'),
      row(section, 'cold start: settings content', 'ms', f, f, '', 'n/a'),
    ];
  }
  const per = (loads: PerApp<FirefoxLoad[]>, pick: (s: PageSample) => number | undefined) => ({
    app: loadsFigure(loads.app, pick),
    floor: loadsFigure(loads.floor, pick),
  });
  const answered = (loads: FirefoxLoad[]): Figure => ({
    text: `${loads.filter((l) => l.sample && fxaStatusRoundTrip(l.sample) !== undefined).length}/${loads.length}`,
  });
  const rtt = per(r.warm, fxaStatusRoundTrip);
  const warm = per(r.warm, content);
  const coldRtt = per(r.cold, fxaStatusRoundTrip);
  const cold = per(r.cold, content);
  const launch = {
    app: figure(summarize(r.launchMs.app)),
    floor: figure(summarize(r.launchMs.floor)),
  };
  return [
    row(section, 'fxa_status round trip (warm)', 'ms', rtt.app, rtt.floor),
    row(section, 'settings content (warm, same tab)', 'ms', warm.app, warm.floor),
    row(
      section,
      'cold start: fxa_status answered',
      '',
      answered(r.cold.app),
      answered(r.cold.floor),
    ),
    row(section, 'cold start: fxa_status round trip', 'ms', coldRtt.app, coldRtt.floor),
    row(section, 'cold start: settings content', 'ms', cold.app, cold.floor),
    // The same browser for both: context for the cold-start rows, not a figure of either app.
    {
      ...row(section, 'browser launch (until BiDi ready)', 'ms', launch.app, launch.floor),
      ratio: null,
    },
  ];
}
