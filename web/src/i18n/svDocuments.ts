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
};
