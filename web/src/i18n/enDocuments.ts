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
  'file.sensitive.opens': '(asks for a reason)',
  'file.sensitive.title': 'Open document {number}',
  'file.sensitive.description': 'The document is marked secret or holds protected personal data. Every read is logged with who, when and why.',
  'file.sensitive.purpose': 'Why you are opening the document',
  'file.sensitive.hint': 'For example "Preparing the case" or "Assessing a request for access".',
  'file.sensitive.missing': 'State a reason of at least 3 characters.',
  'file.sensitive.submit': 'Open the document',
};
