import { describe, expect, it, vi } from 'vitest';

// The action validates before it asks who is signed in or touches the database.
vi.mock('@/lib/auth', () => ({ currentUser: vi.fn(async () => null) }));
vi.mock('@/lib/checks/server', () => ({
  answerCheck: vi.fn(async () => ({ ok: true })),
  publicCheck: vi.fn(() => null),
}));
vi.mock('next/headers', () => ({ headers: vi.fn(async () => new Headers()) }));

const { answerCheckAction } = await import('@/app/[locale]/check-actions');
const { answerCheck } = await import('@/lib/checks/server');

const good = {
  check: 'gemini-in-production/cost-routing/tool-80k',
  answer: 'flash',
  day: '2026-12-02',
};

describe('answerCheckAction', () => {
  it.each([
    [null, 'input'],
    ['flash', 'input'],
    [{ ...good, check: undefined }, 'check'],
    [{ ...good, answer: 7 }, 'answer'],
    [{ ...good, answer: '   ' }, 'answer'],
    [{ ...good, day: 'yesterday' }, 'day'],
    [{ ...good, correct: true }, 'correct'],
  ])('answers %j with a 400 naming %s, and grades nothing', async (input, field) => {
    const result = await answerCheckAction(input);
    expect(result).toMatchObject({ ok: false, status: 400, field });
    expect(answerCheck).not.toHaveBeenCalled();
  });

  it('hands a well-formed answer to the grader, with no XP figure from the browser', async () => {
    await answerCheckAction(good);
    expect(answerCheck).toHaveBeenCalledWith(good, { userId: undefined, ip: 'unknown' });
  });
});
