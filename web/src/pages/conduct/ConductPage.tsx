// Sammanträdesläge: the committee secretary's screen during the meeting. Opening, attendance, one agenda item at
// a time, closing. Every action is saved at once (one API call answering the whole live meeting); the view and
// the item shown live in the address, so a reload or a restarted laptop comes back to the same place.
import { Link, Navigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { ErrorAlert } from '../../components/Errors.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/Status.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { canManageMeeting, isMemberOnly } from '../../lib/meetingAccess.ts';
import { AttendanceView } from './AttendanceView.tsx';
import { ClosingView } from './ClosingView.tsx';
import { ConductStatus } from './ConductStatus.tsx';
import { ItemsView } from './ItemsView.tsx';
import { OpeningForm } from './OpeningForm.tsx';
import { handledItems } from './people.ts';
import { useConduct } from './useConduct.ts';
import './conduct.css';

type View = 'opening' | 'attendance' | 'items' | 'closing';
const VIEWS: View[] = ['opening', 'attendance', 'items', 'closing'];
const VIEW_KEYS = { opening: 'conduct.view.opening', attendance: 'conduct.view.attendance', items: 'conduct.view.items', closing: 'conduct.view.closing' } as const;

export function ConductPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const actions = useConduct(id);
  const view = actions.data;

  if (isMemberOnly(user)) return <Navigate to={`/meetings/${id}/read`} replace />;

  const notFound = actions.loadError instanceof ApiError && actions.loadError.code === 'not_found';
  const title = view
    ? t('conduct.heading', { organ: view.meeting.organCode, date: view.meeting.date })
    : t('conduct.title');
  const opened = !!view?.conduct;
  const requested = params.get('view') as View | null;
  const current: View = !opened ? 'opening' : requested && VIEWS.includes(requested) ? requested : 'items';
  const manage = !!view && canManageMeeting(user, view.meeting.organId) && !view.locked;
  const go = (next: View, itemId?: string) => {
    const p = new URLSearchParams(params);
    p.set('view', next);
    if (itemId) p.set('item', itemId);
    setParams(p);
  };
  const items = view ? handledItems(view) : [];
  const itemId = params.get('item') && items.some((i) => i.id === params.get('item')) ? params.get('item')! : items[0]?.id;

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/meetings/${id}`}>{t('conduct.backToMeeting')}</Link>
      </p>
      <PageHeading title={title}>
        {view ? (
          <>
            <span className="case-number">{t('conduct.eyebrow')}</span> {view.meeting.organName} <span className="nowrap">{view.meeting.date}</span>
          </>
        ) : undefined}
      </PageHeading>
      {notFound ? <p>{t('meeting.notFoundText')}</p> : <ErrorAlert error={actions.loadError} />}
      {!view && actions.loading && <Loading />}

      {view && (
        <>
          <ConductStatus view={view} savedAt={actions.savedAt} busy={actions.busy} />
          {actions.reloaded && (
            <div className="alert alert-warning" role="alert">
              <p>{t('conduct.reloaded')}</p>
            </div>
          )}
          {view.locked && (
            <div className="alert alert-warning">
              <p>{t('conduct.locked')}</p>
            </div>
          )}
          {!manage && !view.locked && (
            <div className="alert alert-warning">
              <p>{t('conduct.readOnly')}</p>
            </div>
          )}
          {opened && (
            <nav className="sub-nav conduct-tabs" aria-label={t('conduct.viewsLabel')}>
              <ul>
                {VIEWS.map((v) => (
                  <li key={v}>
                    <Link
                      to={`?${new URLSearchParams({ ...Object.fromEntries(params), view: v }).toString()}`}
                      className={current === v ? 'active' : undefined}
                      aria-current={current === v ? 'page' : undefined}
                    >
                      {t(VIEW_KEYS[v])}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {current === 'opening' && <OpeningForm view={view} actions={actions} manage={manage} onOpened={() => go('attendance')} />}
          {current === 'attendance' && <AttendanceView view={view} actions={actions} manage={manage} />}
          {current === 'items' && itemId && (
            <ItemsView view={view} actions={actions} manage={manage} itemId={itemId} onSelect={(next) => go('items', next)} />
          )}
          {current === 'items' && !itemId && <p className="empty">{t('conduct.noItems')}</p>}
          {current === 'closing' && <ClosingView view={view} actions={actions} manage={manage} onShowItem={(next) => go('items', next)} />}
        </>
      )}
    </>
  );
}
