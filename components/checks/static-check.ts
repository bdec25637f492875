/** A check as the server rendered it into the static lesson body (components/lesson/check.tsx). */
export interface CheckView {
  kind: 'choice' | 'number';
  question: string;
  choices: { id: string; text: string }[] | null;
  unit: string | null;
  day: string;
}

/** Reads the question back from its static markup, so its text is sent once, as HTML. */
export function readStaticCheck(element: HTMLElement): CheckView {
  const choices = [...element.querySelectorAll<HTMLElement>('[data-choice]')].map((item) => ({
    id: item.dataset.choice ?? '',
    text: item.textContent ?? '',
  }));
  return {
    kind: element.dataset.checkKind === 'number' ? 'number' : 'choice',
    question: element.querySelector('[data-check-question]')?.textContent ?? '',
    choices: choices.length ? choices : null,
    unit: element.dataset.checkUnit ?? null,
    day: element.dataset.checkDay ?? '',
  };
}
