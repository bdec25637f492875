import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  raw: string;
}

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives. `down()`
 * closes the port (connections are refused, as when a mail server is
 * unreachable) and `up()` opens it again on the same port.
 */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  let server: SMTPServer;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, session, callback) {
          let raw = '';
          stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
          stream.on('end', () => {
            const subject = /^Subject: (.*)$/im.exec(raw)?.[1]?.trim() ?? '';
            received.push({
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              subject,
              raw,
            });
            callback();
          });
        },
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server.server.address() as AddressInfo).port;
        resolve();
      });
    });

  await listen();
  return {
    received,
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    down: () => new Promise<void>((resolve) => server.close(() => resolve())),
    up: listen,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
