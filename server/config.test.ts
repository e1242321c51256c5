import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('defaults to port 3030, dist/ and the emulator on 9000', () => {
    expect(readConfig({}, '/srv/app')).toEqual({
      port: 3030,
      host: 'localhost',
      distDir: path.resolve('/srv/app/dist'),
      publicUrl: 'http://localhost:3030',
      services: {
        authServerUrl: 'http://localhost:9000/v1',
        oauthServerUrl: 'http://localhost:9000/v1',
        profileServerUrl: 'http://localhost:9000/profile/v1',
        profileImagesUrl: 'http://localhost:9000/profile/v1',
        pairingServerUrl: 'wss://channelserver.services.mozilla.com',
        syncTokenserverUrl: 'http://localhost:8000/token',
      },
    });
  });

  it('follows PORT, EMULATOR_PORT, DIST_DIR and PUBLIC_URL', () => {
    const config = readConfig(
      { PORT: '3330', EMULATOR_PORT: '9300', DIST_DIR: 'build', PUBLIC_URL: 'https://a.example/' },
      '/srv/app',
    );
    expect(config.port).toBe(3330);
    expect(config.distDir).toBe(path.resolve('/srv/app/build'));
    expect(config.publicUrl).toBe('https://a.example');
    expect(config.services.authServerUrl).toBe('http://localhost:9300/v1');
    expect(config.services.profileServerUrl).toBe('http://localhost:9300/profile/v1');
  });

  it('PUBLIC_URL follows PORT by default', () => {
    expect(readConfig({ PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
  });

  it.each([
    [{ PORT: 'http' }, /PORT must be a port number/],
    [{ PORT: '70000' }, /PORT must be a port number/],
    [{ EMULATOR_PORT: '-1' }, /EMULATOR_PORT must be a port number/],
    [{ AUTH_SERVER_URL: 'localhost:9000' }, /AUTH_SERVER_URL must be an http\(s\) or ws\(s\) URL/],
    [{ PROFILE_SERVER_URL: 'not a url' }, /PROFILE_SERVER_URL must be an absolute URL/],
    [{ OAUTH_SERVER_URL: 'javascript:alert(1)' }, /OAUTH_SERVER_URL must be an http/],
  ])('refuses a bad environment %j', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});
