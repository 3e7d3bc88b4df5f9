import { useMemo, useState } from 'react';
import type { Account, Category, Transaction } from '../../../core/types';
import { db } from '../../../db/database';
import { newRuleId, saveRule } from '../../../db/rulesRepo';
import { useI18n } from '../../../i18n';
import { RuleFields } from './RuleFields';
import { PATTERN_ERRORS, type RuleForm, toRule } from './ruleForm';
import { RulePreviewList } from './RulePreviewList';
import { useRulePreview } from './useRulePreview';

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
  const touched = form.pattern.trim() !== '';
  const patternRefused = draft.errors.some((key) => PATTERN_ERRORS.includes(key));
  const preview = useRulePreview(touched && !patternRefused ? draft.rule : null, transactions);
  const shownErrors = [
    ...(touched ? draft.errors : draft.errors.filter((key) => key === 'rules.error.amount')),
    ...(preview.status === 'timeout' ? (['rules.preview.timeout'] as const) : []),
  ];
  // A regular expression is saved only once it was seen to run on the stored rows within its time budget.
  const canSave = draft.errors.length === 0 && (draft.rule.match !== 'regex' || preview.status === 'done');

  return (
    <form
      className="rule-editor"
      aria-label={initial.id ? t('rules.editTitle') : t('rules.new')}
      onSubmit={async (event) => {
        event.preventDefault();
        if (!canSave) return;
        onDone(await saveRule(db, draft.rule));
      }}
    >
      <h3>{initial.id ? t('rules.editTitle') : t('rules.new')}</h3>
      <RuleFields
        form={form}
        onChange={setForm}
        categories={categories}
        accounts={accounts}
        invalidPattern={patternRefused || preview.status === 'timeout'}
      />
      {shownErrors.length > 0 ? (
        <ul className="rule-errors" role="alert">
          {shownErrors.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      ) : null}
      {preview.status === 'done' ? (
        <RulePreviewList preview={preview.preview} categories={categories} />
      ) : preview.status === 'running' ? (
        <p className="muted small rule-preview" data-testid="rule-preview" aria-busy="true">
          {t('rules.preview.running')}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={!canSave}>
          {t('rules.save')}
        </button>
      </div>
    </form>
  );
}
