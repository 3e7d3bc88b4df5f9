import { type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n';
import { openDrill } from './drill';

export interface ChartItem {
  /** What a screen reader hears and the readout shows: "Groceries: €420.50 (18%)". */
  label: string;
  href: string;
}

/**
 * One labelled tab stop per chart: arrow keys move between its items (read out in a live line), Enter or Space
 * opens the transactions behind the current one. The chart drawing itself holds no tab stops.
 */
export function ChartKeys({
  title,
  items,
  testId,
  points,
  className = '',
  children,
}: {
  title: string;
  items: readonly ChartItem[];
  testId: string;
  /** Points or bars drawn (kept in `data-points`), when not one per keyboard item. */
  points?: number;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [active, setActive] = useState<number | null>(null);
  const current = active === null ? undefined : items[Math.min(active, items.length - 1)];
  const move = (next: number) => setActive(Math.max(0, Math.min(items.length - 1, next)));
  return (
    <div
      className={`chart chart-keys ${className}`}
      data-testid={testId}
      data-points={points ?? items.length}
      tabIndex={0}
      role="group"
      aria-label={t('views.chartKeys', { title, count: items.length })}
      onBlur={() => setActive(null)}
      onKeyDown={(event) => {
        if (items.length === 0) return;
        const at = active ?? -1;
        if (event.key === 'ArrowRight' || event.key === 'ArrowDown') move(at + 1);
        else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp')
          move(at < 0 ? items.length - 1 : at - 1);
        else if (event.key === 'Home') move(0);
        else if (event.key === 'End') move(items.length - 1);
        else if ((event.key === 'Enter' || event.key === ' ') && current) openDrill(current.href);
        else return;
        event.preventDefault();
      }}
    >
      {children}
      <p className="chart-readout" aria-live="polite">
        {current ? `${current.label} — ${t('views.openTransactions')} ↵` : ''}
      </p>
    </div>
  );
}
