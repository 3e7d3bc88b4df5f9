import { useCallback } from 'react';
import { DEFAULT_CATEGORIES } from '../core/categories';
import type { Category } from '../core/types';
import type { MessageKey } from './en';
import { useI18n } from './I18nProvider';

const defaultNames = new Map(DEFAULT_CATEGORIES.map((category) => [category.id, category.name]));

/**
 * Shows a built-in category the person has not renamed in the interface language; stored names stay as they are
 * (a renamed category keeps the person's own name in every language).
 */
export function useCategoryLocalizer(): (category: Category) => Category {
  const { t } = useI18n();
  return useCallback(
    (category: Category) =>
      category.builtIn && defaultNames.get(category.id) === category.name
        ? { ...category, name: t(`category.${category.id}` as MessageKey) }
        : category,
    [t],
  );
}
