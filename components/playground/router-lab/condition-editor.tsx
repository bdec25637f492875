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

/** A labelled select over a fixed set of values: every choice a condition offers. */
function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as V)}
        className={selectClass}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
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
      <SelectField
        id={kindId}
        label={t('conditionKind')}
        value={condition.kind}
        options={CONDITION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        onChange={(kind) => onChange(defaultCondition(kind))}
      />
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
        <SelectField
          id={field('is')}
          label={t('declared')}
          value={condition.is ? 'yes' : 'no'}
          options={[
            { value: 'yes', label: t('yes') },
            { value: 'no', label: t('no') },
          ]}
          onChange={(answer) => onChange({ ...condition, is: answer === 'yes' })}
        />
      );
    case 'contextTokens':
    case 'latencyMs':
    case 'promptTokens':
    case 'confidence': {
      const max = condition.kind === 'confidence' ? 100 : NUMERIC_FIELDS[condition.kind];
      return (
        <>
          <SelectField<Comparison>
            id={field('op')}
            label={t('comparison')}
            value={condition.op}
            options={COMPARISONS.map((op) => ({ value: op, label: t(`ops.${OP_KEY[op]}`) }))}
            onChange={(op) => onChange({ ...condition, op })}
          />
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
        <SelectField
          id={field('is')}
          label={t('language')}
          value={condition.is}
          options={LANGUAGES.map((language) => ({
            value: language,
            label: t(`languages.${language}`),
          }))}
          onChange={(is) => onChange({ ...condition, is })}
        />
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
          <SelectField
            id={field('match')}
            label={t('match')}
            value={condition.match}
            options={[
              { value: 'word', label: t('matchWord') },
              { value: 'substring', label: t('matchSubstring') },
            ]}
            onChange={(match) => onChange({ ...condition, match })}
          />
        </>
      );
    case 'bucket':
      return (
        <SelectField
          id={field('is')}
          label={t('bucket')}
          value={condition.is}
          options={BUCKETS.map((bucket) => ({ value: bucket, label: bucket }))}
          onChange={(is) => onChange({ ...condition, is })}
        />
      );
  }
}
