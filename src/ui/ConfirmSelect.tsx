import { type ComponentProps, useRef, useState } from 'react';

const BROWSING_KEYS = new Set([
  'ArrowDown',
  'ArrowUp',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/**
 * A select that changes its value only when the person confirms: a pick with the mouse or in the open list, or
 * Enter after browsing with the arrow keys. Browsing a closed select with the arrows (which browsers turn into
 * immediate changes) only previews; Escape or leaving the field drops the preview.
 */
export function ConfirmSelect({
  value,
  onConfirm,
  ...props
}: Omit<ComponentProps<'select'>, 'onChange' | 'value'> & {
  value: string;
  onConfirm: (value: string) => void;
}) {
  const [pending, setPending] = useState<string | null>(null);
  const browsing = useRef(false);
  const confirm = (next: string) => {
    setPending(null);
    if (next !== value) onConfirm(next);
  };
  return (
    <select
      {...props}
      value={pending ?? value}
      data-pending={pending !== null || undefined}
      onKeyDown={(event) => {
        if (event.altKey || event.key === ' ') browsing.current = false;
        else if (BROWSING_KEYS.has(event.key) || event.key.length === 1) browsing.current = true;
        if (event.key === 'Enter' && pending !== null) {
          event.preventDefault();
          confirm(pending);
        } else if (event.key === 'Escape' && pending !== null) {
          event.preventDefault();
          setPending(null);
        }
      }}
      onPointerDown={() => (browsing.current = false)}
      onChange={(event) => {
        if (browsing.current) {
          browsing.current = false;
          setPending(event.target.value);
        } else confirm(event.target.value);
      }}
      onBlur={() => setPending(null)}
    />
  );
}
