import { useCallback, useEffect, useRef, useState } from 'react';
import { useMerchantLocalizer } from '../../i18n';
import type { FilterForm } from './filterForm';
import { formFromHash, hashFromForm } from './urlFilters';

/** How long the URL waits for typing to pause: writing it costs a few ms that each keystroke should not pay. */
const TYPING_PAUSE_MS = 250;

/**
 * The filter form, mirrored in the URL: a link (`#/transactions?category=…`) opens the view filtered, and each
 * change is written back in place, so a reload keeps it and Back returns to where the person came from. Search
 * text is written once typing pauses; other fields at once.
 */
export function useUrlFilters(): [FilterForm, (form: FilterForm) => void] {
  const merchantName = useMerchantLocalizer();
  const [form, setForm] = useState<FilterForm>(() => formFromHash(location.hash, merchantName));
  const pending = useRef<{ timer: number; form: FilterForm } | null>(null);

  const writeNow = useCallback((next: FilterForm) => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = null;
    // Never over another view's address (the person may have left while the search text waited).
    if (!location.hash.startsWith('#/transactions')) return;
    const hash = hashFromForm(next);
    if (hash !== location.hash) history.replaceState(history.state, '', hash);
  }, []);

  useEffect(() => {
    const onChange = () => {
      if (pending.current) window.clearTimeout(pending.current.timer);
      pending.current = null;
      if (location.hash.startsWith('#/transactions')) setForm(formFromHash(location.hash, merchantName));
    };
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      if (pending.current) writeNow(pending.current.form);
    };
  }, [writeNow, merchantName]);

  const update = useCallback(
    (next: FilterForm) => {
      setForm(next);
      const typedOnly =
        hashFromForm({ ...next, query: '' }) === hashFromForm({ ...formFromHash(location.hash), query: '' });
      if (!typedOnly) return writeNow(next);
      if (pending.current) window.clearTimeout(pending.current.timer);
      pending.current = { form: next, timer: window.setTimeout(() => writeNow(next), TYPING_PAUSE_MS) };
    },
    [writeNow],
  );
  return [form, update];
}
