import { useState } from 'react';
import type { Category } from '../../core/types';
import { db } from '../../db/database';
import { deleteCategory, mergeCategory, updateCategory } from '../../db/categoriesRepo';
import { useI18n } from '../../i18n';
import { OptionList } from '../../ui/OptionList';

/** One category: color, inline name, usage, and for custom ones merge and delete. */
export function CategoryRow({
  category,
  count,
  others,
  onMessage,
}: {
  category: Category;
  count: number;
  others: readonly Category[];
  onMessage: (message: string) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(category.name);
  const [target, setTarget] = useState('');
  const saveName = () => {
    if (name.trim() && name.trim() !== category.name) void updateCategory(db, category.id, { name });
    else setName(category.name);
  };
  return (
    <li className="cat-row" data-testid="category-row" data-category={category.id}>
      <input
        type="color"
        className="cat-color"
        aria-label={t('cats.color', { name: category.name })}
        value={category.color}
        onChange={(event) => void updateCategory(db, category.id, { color: event.target.value })}
      />
      <input
        className="cat-name"
        aria-label={t('cats.name', { name: category.name })}
        value={name}
        onChange={(event) => setName(event.target.value)}
        onBlur={saveName}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
          if (event.key === 'Escape') setName(category.name);
        }}
      />
      <span className="cat-usage muted">{t('cats.usage', { count })}</span>
      {category.builtIn ? (
        <span className="cat-badge">{t('cats.builtIn')}</span>
      ) : (
        <span className="cat-actions">
          <select
            aria-label={t('cats.merge', { name: category.name })}
            value={target}
            onChange={(event) => setTarget(event.target.value)}
          >
            <option value="">{t('cats.merge.choose')}</option>
            <OptionList items={others} />
          </select>
          <button
            type="button"
            className="button"
            disabled={!target}
            onClick={async () => {
              const into = others.find((other) => other.id === target);
              await mergeCategory(db, category.id, target);
              onMessage(t('cats.merged', { from: category.name, into: into?.name ?? target }));
            }}
          >
            {t('cats.merge.submit', { name: category.name })}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={async () => {
              await deleteCategory(db, category.id);
              onMessage(t('cats.deleted', { name: category.name }));
            }}
          >
            {t('cats.delete', { name: category.name })}
          </button>
        </span>
      )}
    </li>
  );
}
