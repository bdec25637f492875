import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The one link the message is about (sign-in, reply), recorded in the outbox. */
  url: string;
}

export interface MailerConfig {
  smtpUrl?: string;
  from: string;
  dataDir: string;
}

/** Delivers one message or throws; the mail queue (lib/mail/queue.ts) retries what throws. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
}

/**
 * SMTP when it is configured. Without SMTP, each message is appended as one
 * JSON line to <data>/outbox.jsonl and its link printed in the server log, so
 * sign-in works on an offline machine.
 */
export function mailTransport(config: MailerConfig): MailTransport {
  if (config.smtpUrl) {
    const smtp = nodemailer.createTransport(config.smtpUrl, {
      // Well under the queue's claim on a message, so a slow server never
      // lets another app server claim (and send) the same message meanwhile.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    return {
      async send(mail) {
        await smtp.sendMail({
          from: config.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        });
      },
    };
  }
  return { send: async (mail) => writeToOutbox(mail, config.dataDir) };
}

function writeToOutbox(mail: OutgoingMail, dataDir: string): void {
  const outbox = path.resolve(/*turbopackIgnore: true*/ process.cwd(), dataDir, 'outbox.jsonl');
  fs.mkdirSync(path.dirname(outbox), { recursive: true });
  const line = JSON.stringify({
    to: mail.to,
    subject: mail.subject,
    url: mail.url,
    sentAt: new Date().toISOString(),
  });
  // One appendFileSync per message: lines from concurrent requests never interleave.
  fs.appendFileSync(outbox, `${line}\n`, { mode: 0o600 });
  console.log(`[mail] no SMTP_URL: "${mail.subject}" for ${mail.to} -> ${mail.url}`);
}
