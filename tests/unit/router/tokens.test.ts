import { describe, expect, it } from 'vitest';
import { estimateOutputTokens, estimateTokens } from '../../../lib/router/tokens';

describe('estimateTokens', () => {
  it('is 0 for empty text and at least 1 otherwise', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('a')).toBe(1);
  });

  it('is about 4 characters a token in English', () => {
    const text =
      'The quick brown fox jumps over the lazy dog while the farmer watches from the porch. '.repeat(
        5,
      );
    const ratio = text.length / estimateTokens(text);
    expect(ratio).toBeGreaterThan(3.5);
    expect(ratio).toBeLessThan(5.5);
  });

  it('is about 2 characters a token in Korean', () => {
    const text = '오늘은 날씨가 맑아서 친구들과 함께 한강 공원에 가서 자전거를 탔습니다. '.repeat(
      5,
    );
    const ratio = text.length / estimateTokens(text);
    expect(ratio).toBeGreaterThan(1.3);
    expect(ratio).toBeLessThan(2.6);
  });

  it('counts code denser than prose', () => {
    const code = 'function add(a: number, b: number): number {\n  return a + b;\n}\n'.repeat(5);
    const ratio = code.length / estimateTokens(code);
    expect(ratio).toBeGreaterThan(2);
    expect(ratio).toBeLessThan(4);
  });

  it('grows linearly with repeated text', () => {
    const one = estimateTokens('Summarise the report. ');
    expect(
      Math.abs(estimateTokens('Summarise the report. '.repeat(10)) - one * 10),
    ).toBeLessThanOrEqual(10);
  });
});

describe('estimateOutputTokens', () => {
  it('honours an explicit word limit', () => {
    expect(estimateOutputTokens('Describe Paris in fewer than 100 words.')).toBe(140);
  });

  it('honours a sentence count in English and Korean', () => {
    expect(estimateOutputTokens('Summarise this in three sentences.')).toBe(90);
    expect(estimateOutputTokens('이 글을 두 문장으로 요약해줘.')).toBe(60);
  });

  it('expects longer answers for code and reasoning than for chat', () => {
    const p = 'Explain it.';
    expect(estimateOutputTokens(p, 'CODE')).toBeGreaterThan(estimateOutputTokens(p, 'CHAT'));
    expect(estimateOutputTokens(p, 'REASON')).toBeGreaterThan(estimateOutputTokens(p, 'CHAT'));
  });
});
