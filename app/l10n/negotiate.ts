// Which of our languages to use, best first, for the browser's list (navigator.languages). The
// subset of @fluent/langneg's "filtering" strategy the app needs, in a few lines: an exact tag
// wins, then the same language in another region (pt-BR asked, pt or pt-PT shipped), and the
// default language always ends the list as the fallback. Written here because the library is
// 3 KiB of the entry chunk that every route loads (the per-route size budget).

export function negotiateLanguages(
  requested: readonly string[],
  available: readonly string[],
  defaultLocale: string,
): string[] {
  const chosen: string[] = [];
  const add = (locale: string | undefined) => {
    if (locale && !chosen.includes(locale)) chosen.push(locale);
  };
  const lower = (tag: string) => tag.toLowerCase();
  const language = (tag: string) => lower(tag).split('-')[0];
  for (const tag of requested) {
    const exact = available.find((a) => lower(a) === lower(tag));
    if (exact) {
      add(exact);
      continue;
    }
    // Same language: the bare language first (de for de-AT), then any region of it.
    const sameLanguage = available.filter((a) => language(a) === language(tag));
    add(sameLanguage.find((a) => lower(a) === language(tag)) ?? sameLanguage[0]);
  }
  add(defaultLocale);
  return chosen;
}
