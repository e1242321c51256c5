import { describe, expect, it } from 'vitest';
import { negotiateLanguages } from './negotiate';

const shipped = ['ar', 'en', 'fr', 'pt-BR'];

describe('language negotiation', () => {
  it('keeps the browser’s order and ends with the fallback', () => {
    expect(negotiateLanguages(['fr', 'ar'], shipped, 'en')).toEqual(['fr', 'ar', 'en']);
  });

  it('matches tags case-insensitively and by language when the region differs', () => {
    expect(negotiateLanguages(['FR-ca'], shipped, 'en')).toEqual(['fr', 'en']);
    expect(negotiateLanguages(['pt-PT'], shipped, 'en')).toEqual(['pt-BR', 'en']);
    expect(negotiateLanguages(['pt-br'], shipped, 'en')).toEqual(['pt-BR', 'en']);
  });

  it('prefers the bare language over another region of it', () => {
    expect(negotiateLanguages(['de-AT'], ['de-CH', 'de', 'en'], 'en')).toEqual(['de', 'en']);
  });

  it('falls back to the default for unknown languages, and lists nothing twice', () => {
    expect(negotiateLanguages(['ja', 'en-GB', 'en'], shipped, 'en')).toEqual(['en']);
    expect(negotiateLanguages([], shipped, 'en')).toEqual(['en']);
  });
});
