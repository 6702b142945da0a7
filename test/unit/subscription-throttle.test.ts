/**
 * The confirmation-mail throttle of the subscription form (F8): per mailbox (normalised), per client address and
 * per hour overall.
 */
import { describe, expect, it } from 'vitest';
import { ConfirmationThrottle, DEFAULT_CONFIRMATION_LIMITS } from '../../src/use-cases/subscriptions/subscriptions.ts';

const MIN = 60_000;

describe('ConfirmationThrottle', () => {
  it('one mail per mailbox in ten minutes, whatever the spelling and whoever asks', () => {
    const throttle = new ConfirmationThrottle();
    expect(throttle.take('victim@example.se', '192.0.2.1', 0)).toBe('ok');
    for (const spelling of ['victim+1@example.se', 'v.ictim@example.se', 'victim@example.se.', 'VICTIM@example.se']) {
      expect(throttle.take(spelling, '192.0.2.2', MIN)).toBe('mailbox');
    }
    expect(throttle.take('v.ictim@example.se', '192.0.2.2', 10 * MIN)).toBe('ok');
  });

  it('a client asks for at most five mails an hour', () => {
    const throttle = new ConfirmationThrottle();
    for (let i = 0; i < 5; i++) expect(throttle.take(`a${i}@example.se`, '192.0.2.1', i)).toBe('ok');
    expect(throttle.take('a9@example.se', '192.0.2.1', 10)).toBe('client');
    expect(throttle.take('a9@example.se', '192.0.2.1', 60 * MIN)).toBe('ok');
  });

  it('the installation sends at most `overall` an hour, from however many clients', () => {
    const throttle = new ConfirmationThrottle({ ...DEFAULT_CONFIRMATION_LIMITS, overall: 3 });
    for (let i = 0; i < 3; i++) expect(throttle.take(`b${i}@example.se`, `192.0.2.${i}`, 0)).toBe('ok');
    expect(throttle.take('b9@example.se', '198.51.100.1', 1)).toBe('overall');
    expect(throttle.take('b9@example.se', '198.51.100.1', 60 * MIN)).toBe('ok');
    expect(DEFAULT_CONFIRMATION_LIMITS).toMatchObject({ perMailboxMs: 10 * MIN, perClient: 5, windowMs: 60 * MIN });
  });

  it('a mail that could not be sent gives its place back', () => {
    const throttle = new ConfirmationThrottle({ ...DEFAULT_CONFIRMATION_LIMITS, perClient: 1 });
    expect(throttle.take('c@example.se', '192.0.2.1', 5)).toBe('ok');
    throttle.release('c@example.se', '192.0.2.1', 5);
    expect(throttle.take('c+1@example.se', '192.0.2.1', 6)).toBe('ok');
  });
});
