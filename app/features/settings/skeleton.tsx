/** A grey bar where text will be; hidden from assistive tech (the section says aria-busy). */
export function Skeleton({ short = false }: { short?: boolean }) {
  return <span className={short ? 'skeleton short' : 'skeleton'} aria-hidden="true" />;
}
