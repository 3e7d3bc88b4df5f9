import { useCallback } from 'react';
import { GENERIC_MERCHANTS } from '../core/merchant/genericNames';
import type { MessageKey } from './en';
import { useI18n } from './I18nProvider';

const keyOfGenericName = new Map<string, MessageKey>(
  Object.entries(GENERIC_MERCHANTS).map(([type, name]) => [name, `merchant.${type}` as MessageKey]),
);

/** A merchant's name as shown in `t`'s language: the core's generic names are stored in English. */
export function localizeMerchant(name: string, t: (key: MessageKey) => string): string {
  const key = keyOfGenericName.get(name);
  return key ? t(key) : name;
}

/**
 * Shows a generic merchant name ("Cash Withdrawal", "Bank Fees") in the interface language; every other name is
 * the bank's or the person's and shows as stored.
 */
export function useMerchantLocalizer(): (name: string) => string {
  const { t } = useI18n();
  return useCallback((name: string) => localizeMerchant(name, t), [t]);
}
