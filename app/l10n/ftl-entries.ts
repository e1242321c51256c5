import type { FluentResource } from '@fluent/bundle';

/**
 * A `.ftl` file as @fluent/bundle's parser leaves it: the build parses every file
 * (scripts/vite-plugin-ftl.ts) and ships the entries, so the page carries no Fluent parser
 * (@fluent/bundle's resource.js: ~1.5 KiB gzip of the entry) and parses nothing at start-up.
 */
export type FtlEntries = FluentResource['body'];

/** The entries as the resource FluentBundle#addResource reads (it only reads `body`). */
export function ftlResource(body: FtlEntries): FluentResource {
  return { body };
}
