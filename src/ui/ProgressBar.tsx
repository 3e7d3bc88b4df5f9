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
      <div className="progress-fill" style={value === undefined ? undefined : { width: `${value * 100}%` }} />
    </div>
  );
}
