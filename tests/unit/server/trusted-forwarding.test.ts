import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GUARD_MARKER_HEADER,
  applyTrustedForwarding,
  limitBucket,
  trustedClientAddress,
} from '@/lib/server/trusted-forwarding';

describe('limitBucket', () => {
  it('counts IPv4 addresses one by one', () => {
    expect(limitBucket('203.0.113.9')).toBe('203.0.113.9');
  });

  it('counts every address of one IPv6 /64 as one caller, however it is written', () => {
    const bucket = limitBucket('2001:db8:85a3:42:1:2:3:4');
    expect(bucket).toBe('2001:db8:85a3:42::/64');
    for (const other of [
      '2001:db8:85a3:42::1',
      '2001:0db8:85a3:0042:ffff:ffff:ffff:ffff',
      '2001:DB8:85A3:42:0:0:0:9',
    ])
      expect(limitBucket(other)).toBe(bucket);
    expect(limitBucket('2001:db8:85a3:43::1')).not.toBe(bucket);
    expect(limitBucket('::1')).toBe('0:0:0:0::/64');
    expect(limitBucket('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(limitBucket('fe80::1:2')).toBe('fe80:0:0:0::/64');
    // An IPv4 tail takes two groups: the gap is one group here.
    expect(limitBucket('1:2::3:4:5:1.2.3.4')).toBe('1:2:0:3::/64');
  });

  it('gives every IPv6 address a /64 of four groups', () => {
    fc.assert(
      fc.property(fc.ipV6(), (address) => {
        expect(limitBucket(address)).toMatch(/^([0-9a-f]{1,4}:){4}:\/64$/);
      }),
    );
  });
});

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
