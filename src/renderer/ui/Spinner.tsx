/** A small spinning ring. Decorative: pair it with text or use <Loading>. */
export function Spinner({ size = 16 }: { size?: number }) {
  return <span className="ui-spinner" style={{ width: size, height: size }} aria-hidden="true" />;
}

/** A loading state that screen readers announce by its label. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="ui-loading" role="status" aria-live="polite">
      <Spinner size={18} />
      <span>{label}</span>
    </div>
  );
}
