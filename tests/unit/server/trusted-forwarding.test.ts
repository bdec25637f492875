import { describe, expect, it } from 'vitest';
import {
  GUARD_MARKER_HEADER,
  applyTrustedForwarding,
  trustedClientAddress,
} from '@/lib/server/trusted-forwarding';

describe('trustedClientAddress', () => {
  it('with no trusted proxy, is the socket peer whatever the client forwards', () => {
    expect(trustedClientAddress('203.0.113.9', '1.2.3.4, 5.6.7.8', 0)).toBe('203.0.113.9');
    expect(trustedClientAddress('::ffff:203.0.113.9', undefined, 0)).toBe('203.0.113.9');
  });

  it('with one proxy, is the address that proxy appended, not what the client wrote before it', () => {
    // nginx appends its peer: the client's forged entries come first.
    expect(trustedClientAddress('10.0.0.2', '6.6.6.6, 198.51.100.4', 1)).toBe('198.51.100.4');
    expect(trustedClientAddress('10.0.0.2', '198.51.100.4', 1)).toBe('198.51.100.4');
  });

  it('with two proxies, walks two entries from the right', () => {
    expect(trustedClientAddress('10.0.0.3', '6.6.6.6, 198.51.100.4, 10.0.0.2', 2)).toBe(
      '198.51.100.4',
    );
  });

  it('stops at an entry that is not an address, or a chain shorter than the hops', () => {
    expect(trustedClientAddress('10.0.0.2', 'evil, <script>', 1)).toBe('10.0.0.2');
    expect(trustedClientAddress('10.0.0.3', '198.51.100.4', 3)).toBe('198.51.100.4');
    expect(trustedClientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
  });
});

describe('applyTrustedForwarding', () => {
  it('drops every forwarded header a client sent when no proxy is trusted, and marks the request', () => {
    const headers: Record<string, string | undefined> = {
      host: 'localhost:3000',
      'x-forwarded-for': '1.2.3.4',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      'x-real-ip': '1.2.3.4',
      forwarded: 'for=1.2.3.4;host=evil.example',
      [GUARD_MARKER_HEADER]: 'forged',
    };
    applyTrustedForwarding({ headers, socket: { remoteAddress: '127.0.0.1' } }, 0, 'secret');
    expect(headers).toEqual({
      host: 'localhost:3000',
      'x-forwarded-for': '127.0.0.1',
      [GUARD_MARKER_HEADER]: 'secret',
    });
  });

  it('keeps the host and scheme a trusted proxy set, with one client address', () => {
    const headers: Record<string, string | undefined> = {
      'x-forwarded-for': '6.6.6.6, 198.51.100.4',
      'x-forwarded-host': 'stream.example',
      'x-forwarded-proto': 'https',
    };
    applyTrustedForwarding({ headers, socket: { remoteAddress: '10.0.0.2' } }, 1, 's');
    expect(headers['x-forwarded-for']).toBe('198.51.100.4');
    expect(headers['x-forwarded-host']).toBe('stream.example');
    expect(headers['x-forwarded-proto']).toBe('https');
  });
});
