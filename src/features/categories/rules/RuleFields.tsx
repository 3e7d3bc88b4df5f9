import type { Account, Category } from '../../../core/types';
import { useI18n } from '../../../i18n';
import type { RuleForm } from './ruleForm';
import { OptionList } from '../../../ui/OptionList';

/** The labelled inputs of the rule editor. */
export function RuleFields({
  form,
  onChange,
  categories,
  accounts,
  invalidPattern,
}: {
  form: RuleForm;
  onChange: (form: RuleForm) => void;
  categories: readonly Category[];
  accounts: readonly Account[];
  invalidPattern: boolean;
}) {
  const { t } = useI18n();
  const set = <K extends keyof RuleForm>(key: K, value: RuleForm[K]) => onChange({ ...form, [key]: value });
  return (
    <div className="rule-fields">
      <label className="field">
        <span>{t('rules.field')}</span>
        <select value={form.field} onChange={(e) => set('field', e.target.value as RuleForm['field'])}>
          <option value="description">{t('rules.field.description')}</option>
          <option value="merchant">{t('rules.field.merchant')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('rules.match')}</span>
        <select value={form.match} onChange={(e) => set('match', e.target.value as RuleForm['match'])}>
          <option value="contains">{t('rules.match.contains')}</option>
          <option value="equals">{t('rules.match.equals')}</option>
          <option value="regex">{t('rules.match.regex')}</option>
        </select>
      </label>
      <label className="field field-grow">
        <span>{t('rules.pattern')}</span>
        <input
          value={form.pattern}
          aria-invalid={invalidPattern}
          spellCheck={false}
          onChange={(e) => set('pattern', e.target.value)}
        />
      </label>
      <label className="field field-narrow">
        <span>{t('rules.minAmount')}</span>
        <input
          inputMode="decimal"
          value={form.minAmount}
          onChange={(e) => set('minAmount', e.target.value)}
        />
      </label>
      <label className="field field-narrow">
        <span>{t('rules.maxAmount')}</span>
        <input
          inputMode="decimal"
          value={form.maxAmount}
          onChange={(e) => set('maxAmount', e.target.value)}
        />
      </label>
      <label className="field field-account">
        <span>{t('rules.account')}</span>
        <select value={form.accountId} onChange={(e) => set('accountId', e.target.value)}>
          <option value="">{t('rules.anyAccount')}</option>
          <OptionList items={accounts} />
        </select>
      </label>
      <p className="muted small rule-hint">{t('rules.amountHint')}</p>
      <span className="rule-then">{t('rules.then')}</span>
      <label className="field">
        <span>{t('rules.setCategory')}</span>
        <select value={form.setCategory} onChange={(e) => set('setCategory', e.target.value)}>
          <option value="">{t('rules.keepCategory')}</option>
          <OptionList items={categories} />
        </select>
      </label>
      <label className="field field-grow">
        <span>{t('rules.setMerchant')}</span>
        <input value={form.setMerchant} onChange={(e) => set('setMerchant', e.target.value)} />
      </label>
      <label className="field field-narrow">
        <span>{t('rules.priority')}</span>
        <input type="number" value={form.priority} onChange={(e) => set('priority', e.target.value)} />
      </label>
    </div>
  );
}
