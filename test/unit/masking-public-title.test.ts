/**
 * R-PUB-2: a public title is the one given or derived from the title, masked either way — never the internal title
 * as it stands; an agenda item's title is the one written for it or the case's public title, masked.
 */
import { describe, expect, it } from 'vitest';
import { PROTECTED_PLACEHOLDER } from '../../src/domain/masking.ts';
import { agendaItemTitle, publicCaseTitle } from '../../src/domain/publicTitle.ts';

const people = [{ givenName: 'Linnea', familyName: 'Sjölander' }];

describe('R-PUB-2: public titles', () => {
  it('R-PUB-2: without a public title, the title is masked (numbers, protected names)', () => {
    expect(publicCaseTitle({ title: 'Skolskjuts för Linnea Sjölanders barn, 800101–1234', protectedPeople: people }))
      .toBe(`Skolskjuts för ${PROTECTED_PLACEHOLDER} barn, ÅÅMMDD-XXXX`);
    expect(publicCaseTitle({ title: 'Bygglov Storgatan 5', publicTitle: '  ' })).toBe('Bygglov Storgatan 5');
  });

  it('R-PUB-2: a given public title is used, masked too', () => {
    expect(publicCaseTitle({ title: 'Internt', publicTitle: 'Bygglov för pnr 19800101 - 1234' })).toBe('Bygglov för pnr ÅÅÅÅMMDD-XXXX');
    expect(publicCaseTitle({ title: 'Skrivelse från L. Sjölander', publicTitle: 'Skrivelse från privatperson', protectedPeople: people })).toBe('Skrivelse från privatperson');
  });

  it('R-PUB-2: an agenda item defaults to the case\'s public title; its own title is masked', () => {
    expect(agendaItemTitle(undefined, 'Synpunkter på skolskjuts')).toBe('Synpunkter på skolskjuts');
    expect(agendaItemTitle('', 'Synpunkter på skolskjuts')).toBe('Synpunkter på skolskjuts');
    expect(agendaItemTitle('Ansökan från Linnea Sjölander 800101\u00A01234', 'Synpunkter', people)).toBe(`Ansökan från ${PROTECTED_PLACEHOLDER} ÅÅMMDD XXXX`);
    expect(agendaItemTitle(null, null)).toBe('');
  });
});
