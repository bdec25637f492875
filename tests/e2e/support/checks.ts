import { expect, type Locator, type Page } from '@playwright/test';
import { resolveCheck } from '../../../lib/checks/registry';

/** A check on the page, once it is answerable (its island has loaded). */
export async function checkOnPage(page: Page, id: string): Promise<Locator> {
  const check = page.locator(`[data-check="${id}"]`);
  await expect(check.locator('form[data-check-form]')).toBeVisible();
  return check;
}

/** The right or a wrong answer to a check, on the catalog day the page shows. */
export async function answerFor(check: Locator, which: 'right' | 'wrong') {
  const id = (await check.getAttribute('data-check'))!;
  const day = (await check.getAttribute('data-check-day'))!;
  const resolved = resolveCheck(id, day);
  if (!resolved) throw new Error(`no check ${id}`);
  if (resolved.kind === 'number') {
    const exact = resolved.answer as number;
    return { kind: 'number' as const, value: String(which === 'right' ? exact : exact * 3 + 1) };
  }
  const choice = resolved.choices!.find((candidate) =>
    which === 'right' ? candidate.id === resolved.answer : candidate.id !== resolved.answer,
  )!;
  return { kind: 'choice' as const, value: choice.text };
}

/** Answers one check with the mouse and waits for the server's verdict. */
export async function answerCheck(page: Page, id: string, which: 'right' | 'wrong') {
  const check = await checkOnPage(page, id);
  const answer = await answerFor(check, which);
  if (answer.kind === 'number') await check.getByRole('textbox').fill(answer.value);
  else await check.getByRole('radio', { name: answer.value, exact: true }).check();
  await check.getByRole('button').click();
  await expect(check.getByRole('status')).toContainText(
    which === 'right' ? /정답이에요|복습 완료|Right|Reviewed/ : /아직 아니에요|Not quite/,
  );
  return check;
}

/** The ids of every check in the lesson on screen, in order. */
export async function checkIds(page: Page): Promise<string[]> {
  await expect(page.locator('form[data-check-form]').first()).toBeVisible();
  return page
    .locator('[data-check]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-check')!));
}

/** Passes every check of the lesson on screen, which completes it. */
export async function passAllChecks(page: Page) {
  for (const id of await checkIds(page)) await answerCheck(page, id, 'right');
}
