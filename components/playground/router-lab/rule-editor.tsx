'use client';

import { useTranslations } from 'next-intl';
import type { Condition, LabRouter, LabRule } from '@/lib/router/lab/schema';
import { MAX_CONDITIONS, MAX_RULES } from '@/lib/router/lab/schema';
import { TIERS, type Tier } from '@/lib/router/types';
import { ConditionEditor, defaultCondition } from './condition-editor';
import { selectClass, smallButton } from './styles';

function TierSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: Tier;
  onChange: (tier: Tier) => void;
}) {
  const t = useTranslations('RouterLab');
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as Tier)}
        className={selectClass}
      >
        {TIERS.map((tier) => (
          <option key={tier} value={tier}>
            {t(`tiers.${tier}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The learner's router as an ordered list of rules: the first rule whose
 * conditions all hold decides, else the fallback. Every control has a label,
 * and rules move with buttons, so it all works by keyboard.
 */
export function RuleEditor({
  id,
  router,
  onChange,
  invalidPath,
  fired,
}: {
  id: string;
  router: LabRouter;
  onChange: (next: LabRouter) => void;
  /** "rules.2.conditions.0..." of the first invalid value, if any. */
  invalidPath: string | null;
  /** Prompts each rule sent in the last run (the fallback last). */
  fired: number[] | null;
}) {
  const t = useTranslations('RouterLab');
  const setRules = (rules: LabRule[]) => onChange({ ...router, rules });
  const setRule = (index: number, rule: LabRule) =>
    setRules(router.rules.map((existing, i) => (i === index ? rule : existing)));
  // Buttons that move or remove things take focus along, so a keyboard user stays in place.
  const focusLater = (...ids: string[]) =>
    setTimeout(() => {
      for (const elementId of ids) {
        const element = document.getElementById(elementId);
        if (element && !(element as HTMLButtonElement).disabled) return element.focus();
      }
    }, 0);
  const move = (index: number, by: -1 | 1) => {
    const rules = [...router.rules];
    const [rule] = rules.splice(index, 1);
    rules.splice(index + by, 0, rule!);
    setRules(rules);
    const to = index + by;
    focusLater(`${id}-r${to}-${by < 0 ? 'up' : 'down'}`, `${id}-r${to}-tier`);
  };
  const firedCount = (index: number) =>
    fired && fired.length === router.rules.length + 1 ? fired[index] : undefined;

  return (
    <div className="space-y-4">
      <ol className="space-y-4">
        {router.rules.map((rule, index) => {
          const ruleName = t('ruleName', { number: index + 1 });
          const count = firedCount(index);
          return (
            <li key={index}>
              <fieldset className="space-y-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
                <legend className="px-1 font-semibold">{ruleName}</legend>
                {rule.conditions.length === 0 ? (
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('noConditions')}</p>
                ) : (
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('allOf')}</p>
                )}
                {rule.conditions.map((condition, c) => (
                  <ConditionEditor
                    key={`${index}-${c}`}
                    id={`${id}-r${index}-c${c}`}
                    legend={t('conditionName', { rule: index + 1, number: c + 1 })}
                    condition={condition}
                    invalid={
                      invalidPath !== null &&
                      invalidPath.startsWith(`rules.${index}.conditions.${c}`)
                    }
                    onChange={(next: Condition) =>
                      setRule(index, {
                        ...rule,
                        conditions: rule.conditions.map((old, i) => (i === c ? next : old)),
                      })
                    }
                    onRemove={() => {
                      setRule(index, {
                        ...rule,
                        conditions: rule.conditions.filter((_, i) => i !== c),
                      });
                      focusLater(`${id}-r${index}-add-condition`, `${id}-r${index}-tier`);
                    }}
                  />
                ))}
                <div className="flex flex-wrap items-end gap-3">
                  <TierSelect
                    id={`${id}-r${index}-tier`}
                    label={t('sendTo')}
                    value={rule.tier}
                    onChange={(tier) => setRule(index, { ...rule, tier })}
                  />
                  <button
                    id={`${id}-r${index}-add-condition`}
                    type="button"
                    className={smallButton}
                    disabled={rule.conditions.length >= MAX_CONDITIONS}
                    onClick={() =>
                      setRule(index, {
                        ...rule,
                        conditions: [...rule.conditions, defaultCondition('bucket')],
                      })
                    }
                  >
                    {t('addCondition')}
                    <span className="sr-only"> ({ruleName})</span>
                  </button>
                  <button
                    id={`${id}-r${index}-up`}
                    type="button"
                    className={smallButton}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t('moveUp')}
                    <span className="sr-only"> ({ruleName})</span>
                  </button>
                  <button
                    id={`${id}-r${index}-down`}
                    type="button"
                    className={smallButton}
                    disabled={index === router.rules.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t('moveDown')}
                    <span className="sr-only"> ({ruleName})</span>
                  </button>
                  <button
                    type="button"
                    className={smallButton}
                    onClick={() => {
                      setRules(router.rules.filter((_, i) => i !== index));
                      focusLater(
                        `${id}-r${index}-tier`,
                        `${id}-r${index - 1}-tier`,
                        `${id}-add-rule`,
                      );
                    }}
                  >
                    {t('removeRule')}
                    <span className="sr-only"> ({ruleName})</span>
                  </button>
                </div>
                {count !== undefined && (
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">
                    {t('fired', { count })}
                  </p>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-end gap-3">
        <button
          id={`${id}-add-rule`}
          type="button"
          className={smallButton}
          disabled={router.rules.length >= MAX_RULES}
          onClick={() =>
            setRules([...router.rules, { conditions: [defaultCondition('bucket')], tier: 'pro' }])
          }
        >
          {t('addRule')}
        </button>
      </div>
      <fieldset className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
        <legend className="px-1 font-semibold">{t('fallbackName')}</legend>
        <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">{t('fallbackHelp')}</p>
        <TierSelect
          id={`${id}-fallback`}
          label={t('fallbackTier')}
          value={router.fallback}
          onChange={(fallback) => onChange({ ...router, fallback })}
        />
        {fired && fired.length === router.rules.length + 1 && (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            {t('fired', { count: fired[router.rules.length]! })}
          </p>
        )}
      </fieldset>
    </div>
  );
}
