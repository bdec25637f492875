'use client';

import { useTranslations } from 'next-intl';
import {
  COMPARISONS,
  CONDITION_KINDS,
  LANGUAGES,
  MAX_MATCH_CHARS,
  NUMERIC_FIELDS,
  type Condition,
  type ConditionKind,
  type Comparison,
} from '@/lib/router/lab/schema';
import { BUCKETS } from '@/lib/router/types';
import { fieldClass, selectClass, smallButton } from './styles';

const OP_KEY = { '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' } as const;

/** What a condition of each kind starts as when the learner picks that kind. */
export function defaultCondition(kind: ConditionKind): Condition {
  switch (kind) {
    case 'needsReasoning':
    case 'needsTools':
      return { kind, is: true };
    case 'contextTokens':
      return { kind, op: '>', value: 50_000 };
    case 'latencyMs':
      return { kind, op: '<', value: 500 };
    case 'promptTokens':
      return { kind, op: '>', value: 1_000 };
    case 'language':
      return { kind, is: 'ko' };
    case 'contains':
      return { kind, text: 'prove', match: 'word' };
    case 'bucket':
      return { kind, is: 'REASON' };
    case 'confidence':
      return { kind, op: '>=', value: 50 };
  }
}

function numberValue(text: string): number {
  // An empty or partial entry stays invalid (NaN) so the form can say so, instead of becoming 0.
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** One condition: its kind and the values that kind compares, each with a label. */
export function ConditionEditor({
  id,
  condition,
  onChange,
  onRemove,
  invalid,
  legend,
}: {
  id: string;
  condition: Condition;
  onChange: (next: Condition) => void;
  onRemove: () => void;
  invalid: boolean;
  legend: string;
}) {
  const t = useTranslations('RouterLab');
  const kindId = `${id}-kind`;
  return (
    <fieldset className="flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      <div>
        <label htmlFor={kindId} className="mb-1 block text-xs font-medium">
          {t('conditionKind')}
        </label>
        <select
          id={kindId}
          value={condition.kind}
          onChange={(event) => onChange(defaultCondition(event.target.value as ConditionKind))}
          className={selectClass}
        >
          {CONDITION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <ConditionValues id={id} condition={condition} onChange={onChange} invalid={invalid} />
      <button type="button" onClick={onRemove} className={smallButton}>
        {t('removeCondition')}
        <span className="sr-only"> ({legend})</span>
      </button>
    </fieldset>
  );
}

function ConditionValues({
  id,
  condition,
  onChange,
  invalid,
}: {
  id: string;
  condition: Condition;
  onChange: (next: Condition) => void;
  invalid: boolean;
}) {
  const t = useTranslations('RouterLab');
  const field = (name: string) => `${id}-${name}`;
  switch (condition.kind) {
    case 'needsReasoning':
    case 'needsTools':
      return (
        <div>
          <label htmlFor={field('is')} className="mb-1 block text-xs font-medium">
            {t('declared')}
          </label>
          <select
            id={field('is')}
            value={condition.is ? 'yes' : 'no'}
            onChange={(event) => onChange({ ...condition, is: event.target.value === 'yes' })}
            className={selectClass}
          >
            <option value="yes">{t('yes')}</option>
            <option value="no">{t('no')}</option>
          </select>
        </div>
      );
    case 'contextTokens':
    case 'latencyMs':
    case 'promptTokens':
    case 'confidence': {
      const max = condition.kind === 'confidence' ? 100 : NUMERIC_FIELDS[condition.kind];
      return (
        <>
          <div>
            <label htmlFor={field('op')} className="mb-1 block text-xs font-medium">
              {t('comparison')}
            </label>
            <select
              id={field('op')}
              value={condition.op}
              onChange={(event) => onChange({ ...condition, op: event.target.value as Comparison })}
              className={selectClass}
            >
              {COMPARISONS.map((op) => (
                <option key={op} value={op}>
                  {t(`ops.${OP_KEY[op]}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={field('value')} className="mb-1 block text-xs font-medium">
              {t(`units.${condition.kind}`)}
            </label>
            <input
              id={field('value')}
              type="number"
              inputMode="numeric"
              min={0}
              max={max}
              step={1}
              value={Number.isFinite(condition.value) ? condition.value : ''}
              onChange={(event) =>
                onChange({ ...condition, value: numberValue(event.target.value) })
              }
              aria-invalid={invalid}
              className={`${fieldClass} w-32`}
            />
          </div>
        </>
      );
    }
    case 'language':
      return (
        <div>
          <label htmlFor={field('is')} className="mb-1 block text-xs font-medium">
            {t('language')}
          </label>
          <select
            id={field('is')}
            value={condition.is}
            onChange={(event) =>
              onChange({ ...condition, is: event.target.value as typeof condition.is })
            }
            className={selectClass}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </select>
        </div>
      );
    case 'contains':
      return (
        <>
          <div>
            <label htmlFor={field('text')} className="mb-1 block text-xs font-medium">
              {t('text')}
            </label>
            <input
              id={field('text')}
              type="text"
              maxLength={MAX_MATCH_CHARS}
              value={condition.text}
              onChange={(event) => onChange({ ...condition, text: event.target.value })}
              aria-invalid={invalid}
              className={`${fieldClass} w-44`}
            />
          </div>
          <div>
            <label htmlFor={field('match')} className="mb-1 block text-xs font-medium">
              {t('match')}
            </label>
            <select
              id={field('match')}
              value={condition.match}
              onChange={(event) =>
                onChange({ ...condition, match: event.target.value as typeof condition.match })
              }
              className={selectClass}
            >
              <option value="word">{t('matchWord')}</option>
              <option value="substring">{t('matchSubstring')}</option>
            </select>
          </div>
        </>
      );
    case 'bucket':
      return (
        <div>
          <label htmlFor={field('is')} className="mb-1 block text-xs font-medium">
            {t('bucket')}
          </label>
          <select
            id={field('is')}
            value={condition.is}
            onChange={(event) =>
              onChange({ ...condition, is: event.target.value as typeof condition.is })
            }
            className={selectClass}
          >
            {BUCKETS.map((bucket) => (
              <option key={bucket} value={bucket}>
                {bucket}
              </option>
            ))}
          </select>
        </div>
      );
  }
}
