declare module 'virtual:ftl/index' {
  export const locales: string[];
  /** Per locale, per part (a feature, or `core`): the module holding its strings. */
  export const loaders: Record<string, Record<string, () => Promise<{ default: string }>>>;
}
declare module 'virtual:ftl/*' {
  const source: string;
  export default source;
}
declare module 'virtual:ftl-lazy/*' {
  export const en: string;
  export const loaders: Record<string, () => Promise<{ default: string }>>;
}
