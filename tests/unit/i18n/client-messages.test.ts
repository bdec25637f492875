import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import { PAGE_MESSAGES, pickMessages, SITE_MESSAGES } from '@/i18n/client-messages';

describe('pickMessages', () => {
  it('keeps whole namespaces and single messages, and nothing else', () => {
    const picked = pickMessages(ko, ['Bell', 'Account.signIn']);
    expect(Object.keys(picked).sort()).toEqual(['Account', 'Bell']);
    expect(picked.Account).toEqual({ signIn: ko.Account.signIn });
    expect(picked.Bell).toEqual(ko.Bell);
  });

  it('skips what the catalogue does not have', () => {
    expect(pickMessages(ko, ['NoSuchNamespace', 'Account.noSuchKey'])).toEqual({});
  });

  it('names only messages that exist in both languages', () => {
    for (const entries of [SITE_MESSAGES, ...Object.values(PAGE_MESSAGES)])
      for (const entry of entries) {
        const [namespace, key] = entry.split('.') as [keyof typeof ko, string | undefined];
        for (const messages of [ko, en]) {
          expect(messages, entry).toHaveProperty(namespace);
          if (key) expect(messages[namespace], entry).toHaveProperty(key);
        }
      }
  });
});
