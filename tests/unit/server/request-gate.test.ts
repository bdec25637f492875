import { describe, expect, it } from 'vitest';
import { refusalFor, type GateConfig } from '@/lib/server/request-gate';

const config: GateConfig = {
  trustedHops: 0,
  actionBodyLimitBytes: 1024,
  siteOrigin: 'https://stream.example',
};
const action = (headers: Record<string, string>, url = '/ko/playground') =>
  refusalFor(
    { method: 'POST', url, headers: { host: 'localhost:3000', 'next-action': 'abc', ...headers } },
    config,
  );

describe('refusalFor', () => {
  it('lets ordinary requests through, query strings included', () => {
    expect(refusalFor({ method: 'GET', url: '/ko?q=%ZZ', headers: {} }, config)).toBeNull();
    expect(
      refusalFor({ method: 'POST', url: '/api/router/route', headers: {} }, config),
    ).toBeNull();
    expect(refusalFor({ method: 'GET', url: '/ko/%EC%95%88', headers: {} }, config)).toBeNull();
  });

  it('refuses a path with malformed percent-encoding, naming the path', () => {
    for (const url of ['/api/comments/%E0%A4%A', '/%', '/ko/%ZZ/x', '/x%C0%AF%'])
      expect(refusalFor({ method: 'GET', url, headers: {} }, config)).toMatchObject({
        status: 400,
        field: 'path',
      });
  });

  it('refuses a Server Action from another origin, but not from the site or the host itself', () => {
    expect(action({ origin: 'https://evil.example', 'content-length': '10' })).toMatchObject({
      status: 403,
      field: 'origin',
    });
    expect(action({ origin: 'null', 'content-length': '10' })).toMatchObject({ status: 403 });
    expect(action({ origin: 'http://localhost:3000', 'content-length': '10' })).toBeNull();
    expect(action({ origin: 'https://stream.example', 'content-length': '10' })).toBeNull();
  });

  it('refuses an action without a length (411) or over the limit (413)', () => {
    expect(action({})).toMatchObject({ status: 411, field: 'content-length' });
    expect(action({ 'content-length': '1025' })).toMatchObject({ status: 413, field: 'body' });
    expect(action({ 'content-length': '12abc' })).toMatchObject({ status: 413 });
    expect(action({ 'content-length': '1024' })).toBeNull();
  });

  it('treats a plain form post to a page as an action too', () => {
    expect(
      refusalFor(
        { method: 'POST', url: '/ko/signin', headers: { origin: 'https://evil.example' } },
        config,
      ),
    ).toMatchObject({ status: 403 });
  });
});
