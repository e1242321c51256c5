/**
 * `redirect_to` may only name a path on this origin (security reference C1–C4; upstream issue
 * mozilla/fxa#13261: `javascript:` reached a navigation and only CSP stopped it). Returns the
 * path+search+hash to navigate to, or undefined when the value must be ignored.
 */
export function safeRedirectTo(
  value: string | null | undefined,
  origin: string,
): string | undefined {
  if (!value || value.length > 2048) return undefined;
  // Only absolute paths: "/x". Not "//host" or "/\host" (protocol-relative), not "x" or "javascript:".
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  // Control characters and whitespace are how scheme filters get bypassed ("java\tscript:").
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is exactly what is looked for
  if (/[\u0000-\u001f\u007f\s\\]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  // Dot segments can normalise into a protocol-relative path: "/.//evil.example" → "//evil.example".
  if (url.pathname.startsWith('//')) return undefined;
  return url.pathname + url.search + url.hash;
}
