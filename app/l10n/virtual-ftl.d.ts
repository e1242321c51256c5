// The modules scripts/vite-plugin-ftl.ts makes of the .ftl files: parsed entries, not source.
declare module 'virtual:ftl/index' {
  export const locales: string[];
  /** Per locale, per part (a feature, or `core`): the module holding its strings. */
  export const loaders: Record<
    string,
    Record<string, () => Promise<{ default: import('./ftl-entries').FtlEntries }>>
  >;
}
declare module 'virtual:ftl/*' {
  const entries: import('./ftl-entries').FtlEntries;
  export default entries;
}
declare module 'virtual:ftl-lazy/*' {
  export const en: import('./ftl-entries').FtlEntries;
  export const loaders: Record<
    string,
    () => Promise<{ default: import('./ftl-entries').FtlEntries }>
  >;
}
