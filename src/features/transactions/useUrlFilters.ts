import { useEffect, useState } from 'react';
import type { FilterForm } from './filterForm';
import { formFromHash, hashFromForm } from './urlFilters';

/**
 * The filter form, mirrored in the URL: a link (`#/transactions?category=…`) opens the view filtered, and each
 * change is written back in place, so a reload keeps it and Back returns to where the person came from.
 */
export function useUrlFilters(): [FilterForm, (form: FilterForm) => void] {
  const [form, setForm] = useState<FilterForm>(() => formFromHash(location.hash));
  useEffect(() => {
    const onChange = () => {
      if (location.hash.startsWith('#/transactions')) setForm(formFromHash(location.hash));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const update = (next: FilterForm) => {
    setForm(next);
    const hash = hashFromForm(next);
    if (hash !== location.hash) history.replaceState(history.state, '', hash);
  };
  return [form, update];
}
