/**
 * The mailbox key (F8): spellings of one address that reach one mailbox share one key, so the subscription form's
 * throttle counts them together.
 */
import { describe, expect, it } from 'vitest';
import { mailboxKey } from '../../src/domain/mailbox.ts';

describe('mailboxKey', () => {
  const victim = mailboxKey('victim@example.se');

  it.each([
    'Victim@Example.SE', 'victim+1@example.se', 'victim+nyheter+2@example.se', 'v.ictim@example.se', 'v.i.c.t.i.m@example.se',
    'victim@example.se.', 'victim@example.se..', ' victim@example.se ', 'vic\u200Btim@example.se', 'victim@ｅｘａｍｐｌｅ.se',
    'ｖｉｃｔｉｍ＠example.se', 'victim@example\u3002se', 'V.I.C.T.I.M+x@EXAMPLE.SE.',
  ])('%s is the same mailbox as victim@example.se', (spelling) => {
    expect(mailboxKey(spelling)).toBe(victim);
  });

  it('an internationalised domain is one mailbox in Unicode, decomposed (NFD) and punycode form', () => {
    const key = mailboxKey('anna@exämple.se');
    expect(key).toBe('anna@xn--exmple-cua.se');
    expect(mailboxKey('anna@exa\u0308mple.se')).toBe(key);
    expect(mailboxKey('Anna@XN--EXMPLE-CUA.SE.')).toBe(key);
  });

  it('a Unicode local part is compared in NFC/NFKC lower case', () => {
    expect(mailboxKey('Åsa@example.se')).toBe(mailboxKey('a\u030Asa@example.se'));
  });

  it('different mailboxes keep different keys', () => {
    expect(mailboxKey('victim@example.se')).not.toBe(mailboxKey('victim@example.com'));
    expect(mailboxKey('victim@example.se')).not.toBe(mailboxKey('victim2@example.se'));
    expect(mailboxKey('victim@example.se')).not.toBe(mailboxKey('victim@mail.example.se'));
  });

  it('something that is no address is kept as given (lower case), never throws', () => {
    expect(mailboxKey('inte-en-adress')).toBe('inte-en-adress');
    expect(mailboxKey('a@[::1')).toBe('a@[::1');
  });
});
