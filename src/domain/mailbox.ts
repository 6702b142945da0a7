/**
 * Which typed e-mail addresses reach the same mailbox, for throttling mail sent on a stranger's request (the
 * portal's subscription form): `Victim+1@Example.se`, `v.ictim@example.se`, `victim@example.se.` and
 * `victim@exämple.se` / `victim@xn--exmple-cua.se` are one mailbox. The key is only compared, never mailed to:
 * it may join addresses that are in fact different (dots in the local part matter to most mail servers), and
 * throttling those together is the safe side.
 */

// Soft hyphen, zero-width space/joiners, direction marks, word joiner and invisible operators, BOM.
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/** The domain in its ASCII (IDNA, punycode) form without the root's trailing dot, or as given when it is no host name. */
function asciiDomain(domain: string): string {
  const bare = domain.replace(/\.+$/, '');
  try {
    return new URL(`http://${bare}/`).hostname.replace(/\.+$/, '') || bare;
  } catch {
    return bare;
  }
}

/**
 * The comparison key of an e-mail address: Unicode NFKC, invisible characters removed, lower case; in the local
 * part a "+tag" and every dot dropped; the domain in ASCII form without a trailing dot.
 */
export function mailboxKey(email: string): string {
  const text = email.normalize('NFKC').replace(INVISIBLE, '').trim().toLowerCase();
  const at = text.lastIndexOf('@');
  if (at <= 0) return text;
  const local = text.slice(0, at).split('+')[0]!.replace(/\./g, '');
  return `${local}@${asciiDomain(text.slice(at + 1))}`;
}
