/**
 * Reading mail the tests find in the outbox: a stored .eml as "Name: value" header lines (unfolded, RFC 2047
 * encoded words decoded) and its decoded text body.
 */

const decodeWords = (value: string): string => value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, kind: string, text: string) => (kind.toUpperCase() === 'B'
  ? Buffer.from(text, 'base64').toString('utf8')
  : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8')));

export function plainMail(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  const rawBody = raw.slice(split).trim();
  const body = encoding === 'base64' ? Buffer.from(rawBody, 'base64').toString('utf8')
    : encoding === 'quoted-printable' ? Buffer.from(rawBody.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8')
      : rawBody;
  return `${head.split(/\r?\n/).map(decodeWords).join('\n')}\n\n${body}`;
}
