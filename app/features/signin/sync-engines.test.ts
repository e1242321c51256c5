import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPABILITIES } from '../../lib/webchannel/fxa-status';
import { offeredEngines } from './sync-engines';

const ids = (engines: { id: string }[]) => engines.map((e) => e.id);

describe('offeredEngines', () => {
  it('exactly the device’s engines, in its order', () => {
    const capabilities = {
      ...DEFAULT_CAPABILITIES,
      choose_what_to_sync: true,
      engines: ['history', 'bookmarks', 'creditcards'],
    };
    expect(ids(offeredEngines(capabilities))).toEqual(['history', 'bookmarks', 'creditcards']);
  });

  it('engines it has no name for are not offered', () => {
    const capabilities = {
      ...DEFAULT_CAPABILITIES,
      choose_what_to_sync: true,
      engines: ['tabs', 'mystery'],
    };
    expect(ids(offeredEngines(capabilities))).toEqual(['tabs']);
  });

  it('nothing when the device cannot honour a choice or asks not to show it', () => {
    const engines = ['tabs', 'history'];
    expect(offeredEngines({ ...DEFAULT_CAPABILITIES, engines })).toEqual([]);
    expect(
      offeredEngines({
        ...DEFAULT_CAPABILITIES,
        engines,
        choose_what_to_sync: true,
        hide_choose_what_to_sync: true,
      }),
    ).toEqual([]);
  });
});
