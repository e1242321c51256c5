// Vectors: protocol.md §6.1 (onepw wiki /account/keys) and §6.3 (fxa-auth-client test/crypto.ts).
import { describe, expect, it } from 'vitest';
import { hexToBytes } from './bytes.ts';
import {
  bundleKeyFetchResponse,
  bundleWithKeyRequestKey,
  KeyBundleError,
  unbundleKeyFetchResponse,
  unbundleWithKeyRequestKey,
} from './key-bundle.ts';

const KEY_FETCH_TOKEN = '808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f';
const WIKI_KEYS = {
  kA: '202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f',
  wrapKB: '7effe354abecbcb234a8dfc2d7644b4ad339b525589738f2d27341bb8622ecd8',
};
const WIKI_RESPONSE =
  'ee5c58845c7c9412b11bbd20920c2fddd83c33c9cd2c2de2d66b222613364636' +
  'fc7e59d854d599f10e212801de3a47c34333f3b838ee3471e0f285649c332bbb' +
  '4c17f42a0b319bbba327d2b326ad23e937219b4de32e3ec7b3e3f740522ad6ef';

const CLIENT_VECTOR = {
  bundleKey: 'dedd009a8275a4f672bb4b41e14a117812c0b2f400c85fa058e0293f3f45726a',
  bundle:
    'df4717238a738501bd2ad8f7114ef193ea69751a40108149bfb88a5643a8d683a1e75b705d4db135130f0896dbac0819ab7d54334e0cd4f9c945e0a7ada91899756cedf4384be404844050270310bc2b396f100eeda0c7b428cfe77c40a873ae',
  kA: '939282904b808c6003ea31aeb14bc766d2ab70ba7dcaa54f820efcf4762b9619',
  wrapKB: '849ac9f71643ace46dcdd384633ec1bffe565852806ee2f859c3eba7fafeafec',
};

describe('key bundle', () => {
  it('unbundles the onepw wiki response with the keyFetchToken', async () => {
    expect(await unbundleKeyFetchResponse(WIKI_RESPONSE, KEY_FETCH_TOKEN)).toEqual(WIKI_KEYS);
  });

  it('bundles the wiki keys into the exact wiki response (emulator side)', async () => {
    expect(await bundleKeyFetchResponse(WIKI_KEYS, KEY_FETCH_TOKEN)).toBe(WIKI_RESPONSE);
  });

  it('unbundles the fxa-auth-client vector with the keyRequestKey', async () => {
    const keys = await unbundleWithKeyRequestKey(
      CLIENT_VECTOR.bundle,
      hexToBytes(CLIENT_VECTOR.bundleKey),
    );
    expect(keys).toEqual({ kA: CLIENT_VECTOR.kA, wrapKB: CLIENT_VECTOR.wrapKB });
    expect(await bundleWithKeyRequestKey(keys, hexToBytes(CLIENT_VECTOR.bundleKey))).toBe(
      CLIENT_VECTOR.bundle,
    );
  });

  it('throws on a bad MAC, a flipped ciphertext bit, the wrong token or a short bundle', async () => {
    const flipMac = `${WIKI_RESPONSE.slice(0, -1)}e`;
    await expect(unbundleKeyFetchResponse(flipMac, KEY_FETCH_TOKEN)).rejects.toThrow(
      KeyBundleError,
    );
    const flipCipher = `f${WIKI_RESPONSE.slice(1)}`;
    await expect(unbundleKeyFetchResponse(flipCipher, KEY_FETCH_TOKEN)).rejects.toThrow('Bad HMac');
    const otherToken = `00${KEY_FETCH_TOKEN.slice(2)}`;
    await expect(unbundleKeyFetchResponse(WIKI_RESPONSE, otherToken)).rejects.toThrow('Bad HMac');
    await expect(unbundleKeyFetchResponse(WIKI_RESPONSE.slice(2), KEY_FETCH_TOKEN)).rejects.toThrow(
      KeyBundleError,
    );
  });
});
