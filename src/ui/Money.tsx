import { formatMoney } from '../core/money';
import type { CurrencyCode } from '../core/types';
import { useI18n } from '../i18n';

export function Money({
  amount,
  currency,
  colored = false,
}: {
  amount: number;
  currency: CurrencyCode;
  colored?: boolean;
}) {
  const { numberLocale } = useI18n();
  const tone = colored ? (amount < 0 ? 'money-out' : amount > 0 ? 'money-in' : '') : '';
  return <span className={`money ${tone}`}>{formatMoney(amount, currency, numberLocale)}</span>;
}
