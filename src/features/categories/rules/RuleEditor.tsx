import { useDeferredValue, useMemo, useState } from 'react';
import type { Account, Category, Transaction } from '../../../core/types';
import { previewRule } from '../../../core/workspace/rulePreview';
import { db } from '../../../db/database';
import { newRuleId, saveRule } from '../../../db/rulesRepo';
import { useI18n } from '../../../i18n';
import { RuleFields } from './RuleFields';
import { type RuleForm, toRule } from './ruleForm';
import { RulePreviewList } from './RulePreviewList';

/** Create or edit a rule, with a live preview of the stored transactions it matches before saving. */
export function RuleEditor({
  initial,
  categories,
  accounts,
  transactions,
  onDone,
}: {
  initial: RuleForm;
  categories: readonly Category[];
  accounts: readonly Account[];
  transactions: readonly Transaction[];
  onDone: (changed: number | null) => void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState(initial);
  const [id] = useState(() => newRuleId());
  const [now] = useState(() => Date.now());
  const currency = accounts[0]?.currency ?? 'EUR';
  const draft = useMemo(() => toRule(form, currency, id, now), [form, currency, id, now]);
  const deferredRule = useDeferredValue(draft.rule);
  const preview = useMemo(() => previewRule(deferredRule, transactions), [deferredRule, transactions]);
  const touched = form.pattern.trim() !== '';
  const shownErrors = touched ? draft.errors : draft.errors.filter((key) => key === 'rules.error.amount');

  return (
    <form
      className="rule-editor"
      aria-label={initial.id ? t('rules.editTitle') : t('rules.new')}
      onSubmit={async (event) => {
        event.preventDefault();
        if (draft.errors.length > 0) return;
        onDone(await saveRule(db, draft.rule));
      }}
    >
      <h3>{initial.id ? t('rules.editTitle') : t('rules.new')}</h3>
      <RuleFields
        form={form}
        onChange={setForm}
        categories={categories}
        accounts={accounts}
        invalidPattern={draft.errors.includes('rules.error.regex')}
      />
      {shownErrors.length > 0 ? (
        <ul className="rule-errors" role="alert">
          {shownErrors.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      ) : null}
      {touched && !draft.errors.includes('rules.error.regex') ? (
        <RulePreviewList preview={preview} categories={categories} />
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={draft.errors.length > 0}>
          {t('rules.save')}
        </button>
      </div>
    </form>
  );
}
