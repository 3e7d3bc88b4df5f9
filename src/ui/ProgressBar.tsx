/**
 * The fill slides in from the left (a transform, not a width): the compositor animates it, and the page does not
 * lay out and paint every frame while an import shows its progress.
 */
export function ProgressBar({ value, label }: { value?: number; label: string }) {
  return (
    <div
      className={`progress ${value === undefined ? 'progress-indeterminate' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      {...(value === undefined ? {} : { 'aria-valuenow': Math.round(value * 100) })}
    >
      <div
        className="progress-fill"
        style={
          value === undefined
            ? undefined
            : { transform: `translateX(${(Math.min(1, Math.max(0, value)) - 1) * 100}%)` }
        }
      />
    </div>
  );
}
