// Markup for our own messages only. @fluent/react reads a formatted message that holds `<` or `&`
// as HTML by default and keeps only its text, so a variable someone else controls (a relier's
// name, `Evil<img src=x onerror=…> Co &amp;`) would be cut, decoded and even fetched (the img).
// This parser knows only the element names our messages use (`<terms>…</terms>` in sign-up's
// agreement) and turns everything else, entities included, into the literal text it is.
// https://github.com/projectfluent/fluent.js/blob/main/fluent-react/src/localization.ts

/** The element names our .ftl messages use (localization.test.tsx keeps the list true). */
export const MESSAGE_ELEMENTS: readonly string[] = ['terms', 'privacy'];

type MarkupNode = { nodeName: string; textContent: string };

const ELEMENT = new RegExp(`<(${MESSAGE_ELEMENTS.join('|')})>([^<]*)</\\1>`, 'g');

export function parseOwnMarkup(text: string): Node[] {
  const nodes: MarkupNode[] = [];
  let last = 0;
  for (const m of text.matchAll(ELEMENT)) {
    if (m.index > last) nodes.push({ nodeName: '#text', textContent: text.slice(last, m.index) });
    nodes.push({ nodeName: m[1] as string, textContent: m[2] as string });
    last = m.index + m[0].length;
  }
  if (last < text.length) nodes.push({ nodeName: '#text', textContent: text.slice(last) });
  // @fluent/react reads only nodeName and textContent of what the parser returns.
  return nodes as unknown as Node[];
}
