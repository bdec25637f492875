import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameSiteCallback, signInLink } from '@/lib/auth/sign-in-link';

const SITE = 'https://stream.example';

describe('signInLink', () => {
  it('points at the configured site, whatever host next-auth saw', () => {
    const link = signInLink({
      siteUrl: SITE,
      token: 'tok',
      email: 'learner@example.com',
      requestedUrl:
        'http://evil.example/api/auth/callback/email?callbackUrl=http%3A%2F%2Fevil.example%2Fko&token=tok&email=learner%40example.com',
    });
    const url = new URL(link);
    expect(url.origin).toBe(SITE);
    expect(url.pathname).toBe('/api/auth/callback/email');
    expect(url.searchParams.get('token')).toBe('tok');
    expect(url.searchParams.get('email')).toBe('learner@example.com');
    expect(url.searchParams.get('callbackUrl')).toBe(`${SITE}/`);
  });

  it('keeps a landing path on the site', () => {
    const link = signInLink({
      siteUrl: SITE,
      token: 't',
      email: 'a@b.co',
      requestedUrl: `${SITE}/api/auth/callback/email?callbackUrl=${encodeURIComponent(`${SITE}/ko/playground`)}`,
    });
    expect(new URL(link).searchParams.get('callbackUrl')).toBe(`${SITE}/ko/playground`);
  });

  it('never leaves the site, for any callback or requested URL', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (callbackUrl, requestedUrl) => {
        expect(new URL(sameSiteCallback(callbackUrl, SITE)).origin).toBe(SITE);
        const link = signInLink({ siteUrl: SITE, token: 't', email: 'a@b.co', requestedUrl });
        expect(new URL(link).origin).toBe(SITE);
      }),
    );
    for (const sneaky of [
      '//evil.example/x',
      '\\\\evil.example',
      'https:evil.example',
      'javascript:alert(1)',
    ])
      expect(new URL(sameSiteCallback(sneaky, SITE)).origin).toBe(SITE);
  });
});
