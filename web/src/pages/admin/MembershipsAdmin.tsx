// Memberships per organ: who sits in the organ, in which role, substitute order and period; add a
// membership, and end one (the row is kept and shown as ended).
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAnnounce } from '../../components/Announcer.tsx';
import { useReturnFocus } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/Errors.tsx';
import { SelectField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading, SuccessNotice } from '../../components/Status.tsx';
import { listMemberships, listOrgans, listPeople, listTerms } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDate, sortBy, todayIso } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';
import type { Membership, MembershipRole } from '../../types.ts';
import { EndMembershipDialog } from './EndMembershipDialog.tsx';
import { NewMembershipForm } from './NewMembershipForm.tsx';

const ROLE_ORDER: Record<MembershipRole, number> = { chair: 0, vice_chair: 1, member: 2, substitute: 3 };
const STATUS_ORDER = { active: 0, upcoming: 1, ended: 2 } as const;
type SeatStatus = keyof typeof STATUS_ORDER;

const endButtonId = (id: string) => `end-membership-${id}`;

/** `endsOn` is the seat's last day, so a seat ending today is still current. */
function seatStatus(m: Membership, today: string): SeatStatus {
  if (m.endsOn && formatDate(m.endsOn) < today) return 'ended';
  if (formatDate(m.startsOn) > today) return 'upcoming';
  return 'active';
}

export function MembershipsAdmin() {
  const t = useT();
  const announce = useAnnounce();
  const returnFocus = useReturnFocus();
  const [params, setParams] = useSearchParams();
  const organId = params.get('organId') ?? '';
  const organs = useLoad((signal) => listOrgans(signal), []);
  const people = useLoad((signal) => listPeople(signal), []);
  const terms = useLoad((signal) => listTerms(signal), []);
  const memberships = useLoad(
    (signal) => (organId ? listMemberships(organId, signal) : Promise.resolve({ items: [] as Membership[] })),
    [organId],
  );
  const [ending, setEnding] = useState<Membership | null>(null);
  const [saved, setSaved] = useState('');

  const today = todayIso();
  const organItems = sortBy(organs.data?.items ?? [], (o) => o.name);
  const peopleItems = sortBy(people.data?.items ?? [], (p) => `${p.familyName} ${p.givenName}`);
  const nameOf = (id: string) => {
    const p = peopleItems.find((x) => x.id === id);
    return p ? `${p.familyName}, ${p.givenName}` : id;
  };
  // Current seats first (by role and substitute order), then upcoming, then ended ones.
  const rows = (memberships.data?.items ?? [])
    .map((m) => ({ ...m, status: seatStatus(m, today) }))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
        (a.substituteOrder ?? 0) - (b.substituteOrder ?? 0),
    );
  const organName = organItems.find((o) => o.id === organId)?.name ?? '';

  function closeEnd(id: string) {
    setEnding(null);
    returnFocus(endButtonId(id));
  }

  async function onEnded(m: Membership) {
    const message = t('membership.endedMessage', { name: nameOf(m.personId), organ: organName, date: formatDate(m.endsOn) });
    announce(message);
    setSaved(message);
    setEnding(null);
    await memberships.reload();
    // The button is gone when the seat has already ended; the table gets focus then.
    returnFocus(endButtonId(m.id), 'memberships-table');
  }

  async function onCreated(personId: string) {
    setSaved('');
    announce(t('admin.membershipCreated', { name: nameOf(personId), organ: organName }));
    await memberships.reload();
  }

  return (
    <>
      <PageHeading title={t('admin.memberships')} />
      <ErrorAlert error={organs.error ?? memberships.error} />
      <div className="filter-bar">
        <SelectField
          name="organFilter"
          label={t('membership.organ')}
          value={organId}
          onValue={(v) => {
            setSaved('');
            setParams(v ? { organId: v } : {});
          }}
          placeholder={t('common.choose')}
          options={organItems.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
        />
      </div>
      {saved && <SuccessNotice onDismiss={() => setSaved('')}>{saved}</SuccessNotice>}

      {!organId ? (
        <p className="empty">{t('membership.chooseOrgan')}</p>
      ) : memberships.loading && !memberships.data ? (
        <Loading />
      ) : (
        <div className="table-wrap" id="memberships-table" role="region" aria-labelledby="memberships-caption" tabIndex={0}>
          <table>
            <caption id="memberships-caption">{t('membership.caption', { organ: organName, count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('membership.person')}</th>
                <th scope="col">{t('membership.role')}</th>
                <th scope="col" className="num">
                  {t('membership.substituteOrder')}
                </th>
                <th scope="col">{t('membership.startsOn')}</th>
                <th scope="col">{t('membership.endsOn')}</th>
                <th scope="col">{t('membership.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id} className={m.status === 'ended' ? 'is-ended' : undefined}>
                  <th scope="row">{nameOf(m.personId)}</th>
                  <td>{t(`membershipRole.${m.role}`)}</td>
                  <td className="num">{m.substituteOrder ?? ''}</td>
                  <td className="nowrap">{formatDate(m.startsOn)}</td>
                  <td className="nowrap">{formatDate(m.endsOn) || '–'}</td>
                  <td>
                    <span className={`badge badge-seat-${m.status}`}>{t(`membership.${m.status}`)}</span>
                  </td>
                  <td>
                    {m.status !== 'ended' && (
                      <button
                        type="button"
                        id={endButtonId(m.id)}
                        className="button-small"
                        onClick={() => {
                          setSaved('');
                          setEnding(m);
                        }}
                      >
                        {t('membership.end')} <span className="visually-hidden">{nameOf(m.personId)}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {ending && (
        <EndMembershipDialog
          membership={ending}
          personName={nameOf(ending.personId)}
          organName={organName}
          onSaved={onEnded}
          onClose={() => closeEnd(ending.id)}
        />
      )}

      {organId && (
        <NewMembershipForm
          key={organId}
          organId={organId}
          organName={organName}
          people={peopleItems}
          terms={terms.data?.items ?? []}
          onCreated={onCreated}
        />
      )}
    </>
  );
}
