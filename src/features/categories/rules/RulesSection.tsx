import { useState } from 'react';
import type { Account, Category, Transaction } from '../../../core/types';
import { db } from '../../../db/database';
import type { RuleRecord } from '../../../db/records';
import { validateRule } from '../../../core/merchant/rules';
import { deleteRule } from '../../../db/rulesRepo';
import { useI18n } from '../../../i18n';
import { Card } from '../../../ui/Card';
import { RuleEditor } from './RuleEditor';
import { EMPTY_RULE, fromRule, type RuleForm } from './ruleForm';

export function RulesSection({
  rules,
  categories,
  accounts,
  transactions,
}: {
  rules: readonly RuleRecord[];
  categories: readonly Category[];
  accounts: readonly Account[];
  transactions: readonly Transaction[];
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<RuleForm | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const currency = accounts[0]?.currency ?? 'EUR';
  const name = (id: string) => categories.find((c) => c.id === id)?.name ?? id;
  return (
    <Card
      title={t('rules.title')}
      subtitle={t('rules.intro')}
      actions={
        editing ? null : (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setMessage(null);
              setEditing(EMPTY_RULE);
            }}
          >
            {t('rules.new')}
          </button>
        )
      }
    >
      {message ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
      {editing ? (
        <RuleEditor
          key={editing.id ?? 'new'}
          initial={editing}
          categories={categories}
          accounts={accounts}
          transactions={transactions}
          onDone={(changed) => {
            setEditing(null);
            if (changed !== null) setMessage(t('rules.saved', { count: changed }));
          }}
        />
      ) : null}
      {rules.length === 0 && !editing ? <p className="muted">{t('rules.none')}</p> : null}
      <ul className="rule-list">
        {rules.map((rule) => (
          <li key={rule.id} className="rule-item" data-testid="rule-item">
            <span className="rule-text">
              <span className="muted">
                {t(rule.field === 'merchant' ? 'rules.field.merchant' : 'rules.field.description')}{' '}
                {t(`rules.match.${rule.match}`)}
              </span>{' '}
              <code>{rule.pattern}</code> <span className="muted">→</span>{' '}
              {rule.setCategory ? <strong>{name(rule.setCategory)}</strong> : null}
              {rule.setCategory && rule.setMerchant ? ' · ' : null}
              {rule.setMerchant ? <em>{rule.setMerchant}</em> : null}
              {validateRule(rule).length > 0 ? (
                <span className="rule-inert" role="note">
                  {' '}
                  {t('rules.inert')}
                </span>
              ) : null}
            </span>
            <button
              type="button"
              className="button button-quiet"
              aria-label={t('rules.edit', { pattern: rule.pattern })}
              onClick={() => {
                setMessage(null);
                setEditing(fromRule(rule, currency));
              }}
            >
              ✎
            </button>
            <button
              type="button"
              className="button button-quiet button-danger"
              aria-label={t('rules.delete', { pattern: rule.pattern })}
              onClick={() => void deleteRule(db, rule.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
