import { describe, expect, it } from 'vitest';
import { describeDevice, placeOf } from './device-description';

describe('the phone as the channel server saw it', () => {
  it('names browser and system from the user agent, and keeps place and IP', () => {
    const device = describeDevice({
      ua: 'Mozilla/5.0 (Android 14; Mobile; rv:130.0) Gecko/130.0 Firefox/130.0',
      city: 'Paris',
      region: 'Île-de-France',
      country: 'France',
      ipAddress: '2001:db8::1',
    });
    expect(device).toEqual({
      family: 'Firefox',
      os: 'Android',
      city: 'Paris',
      region: 'Île-de-France',
      country: 'France',
      ipAddress: '2001:db8::1',
    });
    expect(placeOf(device)).toBe('Paris, Île-de-France, France');
    expect(
      describeDevice({
        ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 FxiOS/140.0 Mobile/15E148 Safari/605.1.15',
      }),
    ).toEqual({ family: 'Firefox', os: 'iOS' });
  });

  it('drops what is missing, too long, or not an address; never throws', () => {
    expect(describeDevice(null)).toEqual({});
    expect(describeDevice({ city: 'x'.repeat(500), ipAddress: '<script>' })).toEqual({});
    expect(placeOf({})).toBeUndefined();
  });
});
