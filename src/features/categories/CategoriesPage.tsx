import { useState } from 'react';
import { useI18n } from '../../i18n';
import { Card } from '../../ui/Card';
import { AddCategoryForm } from './AddCategoryForm';
import { CategoryRow } from './CategoryRow';
import { RulesSection } from './rules/RulesSection';
import { useCategoriesData } from './useCategoriesData';

/** Categories management and the user rules. */
export default function CategoriesPage() {
  const { t } = useI18n();
  const data = useCategoriesData();
  const [message, setMessage] = useState<string | null>(null);
  if (!data) return <div className="page muted">{t('common.loading')}</div>;
  return (
    <div className="page page-wide">
      <div className="page-header">
        <div>
          <h1>{t('cats.title')}</h1>
          <p className="muted">{t('cats.intro')}</p>
        </div>
      </div>
      <div className="cats-layout">
        <Card title={t('cats.title')} className="cats-card">
          {message ? (
            <p className="notice" role="status">
              {message}
            </p>
          ) : null}
          <ul className="cat-list">
            {data.categories.map((category) => (
              <CategoryRow
                key={category.id}
                category={category}
                count={data.counts.get(category.id) ?? 0}
                others={data.categories.filter((other) => other.id !== category.id)}
                onMessage={setMessage}
              />
            ))}
          </ul>
          <AddCategoryForm existing={data.categories.length} />
        </Card>
        <RulesSection
          rules={data.rules}
          categories={data.categories}
          accounts={data.accounts}
          transactions={data.transactions}
        />
      </div>
    </div>
  );
}
