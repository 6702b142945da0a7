// The register form as data: its parts, client-side checks, the `metadata` sent to POST /documents,
// and the field labels used by the error summary.
import type { FieldError } from '../../api.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import { todayIso } from '../../lib/format.ts';
import { isIsoDate } from '../../lib/validate.ts';
import type { Case, DocumentMetadata } from '../../types.ts';
import type { CaseMode } from './CasePicker.tsx';
import type { CounterpartyInput } from './CounterpartyFields.tsx';
import type { DocumentInput } from './DocumentFields.tsx';
import type { NewCaseInput } from './NewCaseFields.tsx';
import type { SecrecyInput } from './SecrecyFields.tsx';
import { detailsFor, type DetailsInput } from './DetailsFields.tsx';
import { webPublicationValue, type WebPublicationInput } from './WebPublicationFields.tsx';

export interface Registration {
  mode: CaseMode;
  selected: Case | null;
  newCase: NewCaseInput;
  document: DocumentInput;
  counterparty: CounterpartyInput;
  secrecy: SecrecyInput;
  details: DetailsInput;
  /** R-PUB-1: the default for the document, or the registrar's choice. */
  webPublication: WebPublicationInput;
}

/** Missing or malformed fields, in the order they appear on the page. */
export function validateRegistration(r: Registration, t: Translate): FieldError[] {
  const required = t('form.fieldRequired');
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (r.mode === 'existing' && !r.selected) add('caseId', t('register.chooseCase'));
  if (r.mode === 'new' && !r.newCase.registryId) add('newCase.registryId', required);
  if (r.mode === 'new' && !r.newCase.title.trim()) add('newCase.title', required);
  const date = r.document.registeredDate;
  if (!date) add('registeredDate', required);
  else if (!isIsoDate(date)) add('registeredDate', t('form.invalidDate'));
  else if (date > todayIso()) add('registeredDate', t('register.futureDate'));
  if (!r.document.description.trim()) add('description', required);
  const cp = r.counterparty;
  if ((cp.organisation || cp.address || cp.email) && !cp.name.trim()) add('counterparty.name', required);
  if (r.secrecy.secret && !r.secrecy.legalGround.trim()) add('secrecy.legalGround', required);
  if (r.secrecy.secret && !r.secrecy.organId) add('secrecy.organId', required);
  return errors;
}

const trimmed = (s: string) => s.trim() || undefined;

export function toMetadata(r: Registration): DocumentMetadata & { webPublication?: boolean } {
  const { document: d, counterparty: cp, newCase } = r;
  return {
    ...(r.mode === 'existing' && r.selected
      ? { caseId: r.selected.id }
      : {
          newCase: {
            registryId: newCase.registryId,
            title: newCase.title.trim(),
            publicTitle: trimmed(newCase.publicTitle),
            caseOfficerId: newCase.caseOfficerId || undefined,
          },
        }),
    kind: d.kind,
    direction: d.direction,
    registeredDate: d.registeredDate,
    description: d.description.trim(),
    publicDescription: trimmed(d.publicDescription),
    counterparty: cp.name.trim()
      ? {
          name: cp.name.trim(),
          organisation: trimmed(cp.organisation),
          address: trimmed(cp.address),
          email: trimmed(cp.email),
          protectedIdentity: cp.protectedIdentity,
        }
      : undefined,
    secrecy: r.secrecy.secret ? { legalGround: r.secrecy.legalGround.trim(), organId: r.secrecy.organId } : undefined,
    details: detailsFor(d.kind, r.details),
    webPublication: webPublicationValue(r.webPublication),
  };
}

export function registrationLabels(t: Translate): Record<string, string> {
  return {
    caseId: t('picker.search'),
    'newCase.registryId': t('case.registry'),
    'newCase.title': t('case.title'),
    'newCase.publicTitle': t('case.publicTitle'),
    'newCase.caseOfficerId': t('case.officer'),
    kind: t('document.kind'),
    direction: t('document.direction'),
    registeredDate: t('document.registeredDateLabel'),
    description: t('document.description'),
    publicDescription: t('document.publicDescription'),
    'counterparty.name': t('counterparty.name'),
    'counterparty.organisation': t('counterparty.organisation'),
    'counterparty.address': t('counterparty.address'),
    'counterparty.email': t('counterparty.email'),
    'secrecy.legalGround': t('secrecy.legalGround'),
    'secrecy.organId': t('secrecy.organ'),
    file: t('document.file'),
    webPublication: t('webPublication.legend'),
    'details.motionNumber': t('details.motionNumber'),
    'details.submittedOn': t('details.submittedOn'),
    'details.party': t('details.party'),
    'details.authors': t('details.authors'),
    'details.requests': t('details.requests'),
    'details.requestedBy': t('details.requestedBy'),
    'details.dueDate': t('details.dueDate'),
    'details.auditor': t('details.auditor'),
    'details.auditedOrgan': t('details.auditedOrgan'),
    'details.recommendations': t('details.recommendations'),
  };
}
