/**
 * A check for understanding, as the lesson shows it and the server grades
 * it. Checks whose figures come from the catalog are resolved for a day, so
 * the question, the right answer and its explanation move with the prices.
 */

export interface CheckChoice {
  /** Stable across catalog days (a tier, a model id, a short slug). */
  id: string;
  text: string;
}

/** One check on one catalog day. */
export interface ResolvedCheck {
  /** "<course>/<lesson>/<check>". */
  id: string;
  lessonId: string;
  kind: 'choice' | 'number';
  question: string;
  choices?: CheckChoice[];
  /** A choice id, or the number (USD, a multiple, a count). */
  answer: string | number;
  /** Hint shown next to a number input ("USD", "배"). */
  unit?: string;
  /** Shown after every try, right or wrong, in the lesson's language. */
  explanation: string;
  /**
   * The catalog figures the answer rests on ("flash:model" -> "gemini-3.8-flash",
   * "flash:input" -> "$0.35"). When they change, a passed check needs review.
   */
  basis: Record<string, string>;
}

export type CheckBody = Omit<ResolvedCheck, 'id' | 'lessonId'>;

/** How a check is written: its slug and how it reads on a given catalog day. */
export interface CheckDefinition {
  slug: string;
  resolve: (figures: CatalogFigures) => CheckBody;
}

/** What a check may read of the catalog on its day, each read noted in the basis. */
export interface CatalogFigures {
  day: string;
  /** The model a tier maps to that day. */
  model: (tier: TierName) => string;
  /** A price in USD per 1M tokens ("input", "output", "cachedInput"), formatted for the basis. */
  pricePerMillion: (tier: TierName, kind: 'input' | 'output' | 'cachedInput') => number;
  /** USD of `calls` calls of this usage on the tier (Batch API when `batch`). */
  callsCost: (
    tier: TierName,
    usage: { input: number; output?: number; thinking?: number; calls?: number; batch?: boolean },
  ) => number;
  /** The figures read so far. */
  basis: Record<string, string>;
}

export type TierName = 'flash-lite' | 'flash' | 'pro';
