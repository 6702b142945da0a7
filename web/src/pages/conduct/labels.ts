// Message keys for the live meeting's enumerations, so that the screen names them in the chosen language.
import type { Translate } from '../../i18n/i18n.tsx';
import type { BallotVote, ConductSeat, Outcome, ProposalKind } from '../../conductTypes.ts';

export const PROPOSAL_KIND_KEY = {
  approve: 'conduct.kind.approve',
  reject: 'conduct.kind.reject',
  amend: 'conduct.kind.amend',
  add: 'conduct.kind.add',
  refer_back: 'conduct.kind.refer_back',
  table: 'conduct.kind.table',
  other: 'conduct.kind.other',
} as const satisfies Record<ProposalKind, string>;

export const OUTCOME_KEY = {
  final: 'conduct.outcome.final',
  to_organ: 'conduct.outcome.to_organ',
  noted: 'conduct.outcome.noted',
} as const satisfies Record<Outcome, string>;

export const BALLOT_KEY = { yes: 'conduct.vote.yes', no: 'conduct.vote.no', abstain: 'conduct.vote.abstain' } as const satisfies Record<BallotVote, string>;

export function roleLabel(t: Translate, seat: Pick<ConductSeat, 'role' | 'substituteOrder'>): string {
  switch (seat.role) {
    case 'chair':
      return t('conduct.role.chair');
    case 'vice_chair':
      return t('conduct.role.vice_chair');
    case 'member':
      return t('conduct.role.member');
    default:
      return t('conduct.role.substituteN', { n: seat.substituteOrder ?? '–' });
  }
}
