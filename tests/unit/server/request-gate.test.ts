import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { installRequestGate, refusalFor, type GateConfig } from '@/lib/server/request-gate';

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

describe('installRequestGate on a real server', () => {
  /**
   * Starts a chunked action upload that goes on writing for `uploadMs`
   * without reading anything (a busy client), then reads what came back.
   * Resolves with the status line, or null if the connection was reset
   * before the answer could be read.
   */
  function busyUpload(port: number, uploadMs: number): Promise<string | null> {
    return new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let received = '';
      let failed = false;
      socket.on('error', () => (failed = true));
      socket.on('data', (data) => (received += data.toString('latin1')));
      socket.on('close', () => resolve(failed && !received ? null : received.split('\r\n')[0]!));
      socket.pause();
      socket.write(
        'POST /ko/playground HTTP/1.1\r\nHost: localhost\r\nNext-Action: abc\r\n' +
          'Transfer-Encoding: chunked\r\n\r\n',
      );
      const chunk = `${(64 * 1024).toString(16)}\r\n${' '.repeat(64 * 1024)}\r\n`;
      const started = Date.now();
      const pump = setInterval(() => {
        if (failed || Date.now() - started > uploadMs) {
          clearInterval(pump);
          socket.resume();
          setTimeout(() => socket.destroy(), 3_000);
        } else if (socket.writableLength < 256 * 1024) socket.write(chunk);
      }, 1);
    });
  }

  it('lets a client that is still uploading read its refusal, however long it writes', async () => {
    class GatedServer extends http.Server {}
    installRequestGate(config, { Server: GatedServer, randomSecret: () => 'secret' });
    const server = new GatedServer((_request, response) => response.end('reached the app'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const statusLines = await Promise.all([busyUpload(port, 300), busyUpload(port, 800)]);
      expect(statusLines).toEqual(['HTTP/1.1 411 Length Required', 'HTTP/1.1 411 Length Required']);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
