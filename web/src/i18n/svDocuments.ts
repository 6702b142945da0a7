// Swedish names of document kinds and directions (spread into sv.ts).

export const svDocuments = {
  'direction.incoming': 'Inkommen',
  'direction.outgoing': 'Upprättad, utgående',
  'direction.internal': 'Upprättad, intern',
  'kind.letter': 'Skrivelse/brev',
  'kind.official_report': 'Tjänsteskrivelse',
  'kind.motion': 'Motion',
  'kind.audit_report': 'Revisionsrapport',
  'kind.statement': 'Yttrande',
  'kind.annex': 'Bilaga',
  'kind.decision': 'Beslut',
  'kind.minutes_extract': 'Protokollsutdrag',
  'kind.other': 'Övrigt',
  'file.sensitive.opens': '(frågar efter skäl)',
  'file.sensitive.title': 'Öppna handling {number}',
  'file.sensitive.description': 'Handlingen är sekretessmarkerad eller innehåller skyddade personuppgifter. Varje läsning loggas med vem, när och varför.',
  'file.sensitive.purpose': 'Skäl till att du öppnar handlingen',
  'file.sensitive.hint': 'Till exempel "Beredning av ärendet" eller "Prövning av begäran om utlämnande".',
  'file.sensitive.missing': 'Ange ett skäl med minst 3 tecken.',
  'file.sensitive.submit': 'Öppna handlingen',
};
