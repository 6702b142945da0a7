/**
 * Outgoing mail. With SMTP_URL set, messages go to that server; without it, each message is written as an .eml
 * file to the outbox folder (DATA_DIR/outbox), so nothing is silently dropped on a test installation.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string[]; subject: string; text: string; html?: string; attachments?: { filename: string; content: Buffer; contentType?: string }[];
  /** Extra header fields, e.g. List-Unsubscribe (RFC 2369) and List-Unsubscribe-Post (RFC 8058). */
  headers?: Record<string, string>;
}
export interface Mailer { send(message: MailMessage): Promise<{ delivered: 'smtp' | 'outbox'; id: string }> }

export function createMailer(options: { smtpUrl?: string; outboxDir: string; from?: string }): Mailer {
  const from = options.from ?? 'Nämnd <noreply@localhost>';
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(message) {
        const info = await transport.sendMail({ from, ...message, to: message.to.join(', ') });
        return { delivered: 'smtp', id: info.messageId };
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message) {
      const info = await transport.sendMail({ from, ...message, to: message.to.join(', ') });
      await fs.mkdir(options.outboxDir, { recursive: true });
      const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(3).toString('hex')}`;
      await fs.writeFile(path.join(options.outboxDir, `${id}.eml`), info.message as Buffer);
      return { delivered: 'outbox', id };
    },
  };
}
