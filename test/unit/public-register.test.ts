import { describe, expect, it } from 'vitest';
import { PRIVATE_PERSON, publicCounterparty, withheldRegisterNotice } from '../../src/domain/publicRegister.ts';
import { feedbackToken, SubmissionLimiter, validFeedbackToken } from '../../src/use-cases/public/feedbackGuard.ts';

const doc = { secrecyGround: null, counterpartyName: null, counterpartyOrganisation: null, counterpartyProtected: false };

describe('the public register on the web', () => {
  it('R-REG-5: the case says how many documents are secret-marked, with their grounds, but no numbers', () => {
    expect(withheldRegisterNotice([])).toBeNull();
    expect(withheldRegisterNotice(['OSL 19 kap. 3 §'])).toMatch(/^En handling i ärendet är sekretessmarkerad \(OSL 19 kap\. 3 §\)/);
    expect(withheldRegisterNotice(['OSL 19 kap. 3 §', 'OSL 19 kap. 3 §', 'OSL 21 kap. 3 §'])).toMatch(/^3 handlingar i ärendet är sekretessmarkerade \(OSL 19 kap\. 3 §, OSL 21 kap\. 3 §\)/);
  });

  it('R-REG-3: an organisation is shown as registered; a private person\'s name never', () => {
    expect(publicCounterparty(doc)).toBeNull();
    expect(publicCounterparty({ ...doc, counterpartyName: 'Region Västerbotten', counterpartyOrganisation: 'Region Västerbotten' })).toBe('Region Västerbotten');
    expect(publicCounterparty({ ...doc, counterpartyName: 'Veronica Kerr', counterpartyOrganisation: 'Kristdemokraterna' })).toBe('Veronica Kerr, Kristdemokraterna');
    expect(publicCounterparty({ ...doc, counterpartyName: 'Kim Testare' })).toBe(PRIVATE_PERSON);
  });

  it('R-REG-7: a protected counterparty looks like any private person, even with an organisation', () => {
    expect(publicCounterparty({ ...doc, counterpartyName: 'Linnea Sjölander', counterpartyProtected: true })).toBe(PRIVATE_PERSON);
    expect(publicCounterparty({ ...doc, counterpartyName: 'Linnea Sjölander', counterpartyOrganisation: 'Skolan', counterpartyProtected: true })).toBe(PRIVATE_PERSON);
  });
});

describe('the feedback form guards', () => {
  it('accepts a token signed here within four hours, nothing else', () => {
    const issued = new Date('2026-05-04T10:00:00Z');
    const key = Buffer.alloc(32, 7);
    const token = feedbackToken(key, issued);
    expect(validFeedbackToken(key, token, new Date('2026-05-04T13:59:00Z'))).toBe(true);
    expect(validFeedbackToken(key, token, new Date('2026-05-04T14:01:00Z'))).toBe(false);
    expect(validFeedbackToken(key, token, new Date('2026-05-04T09:59:00Z'))).toBe(false);
    expect(validFeedbackToken(key, `${issued.getTime() + 1}.${token.split('.')[1]}`, issued)).toBe(false);
    for (const bad of [undefined, '', 'x', '1.2.3', 42]) expect(validFeedbackToken(key, bad, issued)).toBe(false);
    expect(validFeedbackToken(Buffer.alloc(32, 8), token, issued)).toBe(false); // another installation's key
  });

  it('limits submissions per address within the window', () => {
    const limiter = new SubmissionLimiter(2, 1000);
    expect(limiter.allow('a', 0)).toBe(true);
    expect(limiter.allow('a', 10)).toBe(true);
    expect(limiter.allow('a', 20)).toBe(false);
    expect(limiter.allow('b', 20)).toBe(true);
    expect(limiter.allow('a', 1001)).toBe(true);
  });
});
