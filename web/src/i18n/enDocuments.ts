// English names of document kinds and directions (spread into en.ts).

export const enDocuments = {
  'direction.incoming': 'Incoming',
  'direction.outgoing': 'Drawn up, outgoing',
  'direction.internal': 'Drawn up, internal',
  'kind.letter': 'Letter',
  'kind.official_report': 'Official report',
  'kind.motion': 'Motion',
  'kind.audit_report': 'Audit report',
  'kind.statement': 'Statement',
  'kind.annex': 'Annex',
  'kind.decision': 'Decision',
  'kind.minutes_extract': 'Minutes extract',
  'kind.other': 'Other',
};
