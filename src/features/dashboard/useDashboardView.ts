import { useState } from 'react';
import { RANGES, type RangeName } from './ranges';

interface DashboardView {
  /** The currency asked for (null: the one with most transactions). */
  currency: string | null;
  range: RangeName;
}

function read(): DashboardView {
  const params = new URLSearchParams(location.hash.replace(/^[^?]*\??/, ''));
  const range = params.get('range');
  const currency = params.get('currency');
  return {
    currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : null,
    range: (RANGES as readonly string[]).includes(range ?? '') ? (range as RangeName) : '12m',
  };
}

/**
 * The dashboard's currency and period, kept in the URL (`#/dashboard?currency=GBP&range=3m`) so Back from a
 * drill-down returns to the same view and a reload keeps it.
 */
export function useDashboardView() {
  const [view, setView] = useState<DashboardView>(read);
  const update = (next: Partial<DashboardView>) => {
    const merged = { ...view, ...next };
    setView(merged);
    const params = new URLSearchParams();
    if (merged.currency) params.set('currency', merged.currency);
    if (merged.range !== '12m') params.set('range', merged.range);
    const search = params.toString();
    history.replaceState(history.state, '', `#/dashboard${search ? `?${search}` : ''}`);
  };
  return {
    ...view,
    setCurrency: (currency: string) => update({ currency }),
    setRange: (range: RangeName) => update({ range }),
  };
}
