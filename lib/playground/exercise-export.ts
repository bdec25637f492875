import type { Decision } from '@/lib/router/types';

export interface ExerciseLogEntry {
  prompt: string;
  decision: Decision;
}

function csvCell(value: string | number): string {
  const text = String(value);
  // Quote everything that could break a row, and defuse spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The exercise log as CSV (UTF-8 with BOM, so spreadsheet apps read Korean correctly). */
export function exerciseLogToCsv(log: ExerciseLogEntry[]): string {
  const header = [
    'id',
    'prompt',
    'strategy',
    'bucket',
    'tier',
    'model',
    'input_tokens',
    'est_output_tokens',
    'cost_usd',
    'always_pro_usd',
    'always_flash_lite_usd',
    'reasons',
  ];
  const rows = log.map(({ prompt, decision }) =>
    [
      decision.id ?? '',
      prompt,
      decision.strategy,
      decision.bucket ?? '',
      decision.tier,
      decision.model,
      decision.inputTokens,
      decision.estimatedOutputTokens,
      decision.costUsd.picked,
      decision.costUsd.alwaysPro,
      decision.costUsd.alwaysFlashLite,
      decision.reasons.join(' | '),
    ]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The exercise log as JSON lines: the prompt and its decision in the Contracts format. */
export function exerciseLogToJsonl(log: ExerciseLogEntry[]): string {
  return (
    log.map(({ prompt, decision }) => JSON.stringify({ prompt, ...decision })).join('\n') + '\n'
  );
}
