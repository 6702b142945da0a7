// The item view: a side list of every agenda item with its state, and one item at a time with previous/next
// (buttons, and Alt+PageUp / Alt+PageDown from anywhere on the screen).
import { useEffect } from 'react';
import type { Conduct, ConductItem } from '../../conductTypes.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ItemPanel } from './ItemPanel.tsx';
import { handledItems, ids } from './people.ts';
import type { ConductActions } from './useConduct.ts';

interface Props {
  view: Conduct;
  actions: ConductActions;
  manage: boolean;
  itemId: string;
  onSelect: (itemId: string) => void;
}

export function ItemBadges({ item }: { item: ConductItem }) {
  const t = useT();
  if (item.withdrawn || !item.attendance) return <span className="badge badge-withdrawn">{t('conduct.item.withdrawn')}</span>;
  return (
    <>
      {item.decision ? (
        <span className="badge badge-decided">{t('conduct.item.decided')}</span>
      ) : item.votes.length > 0 || item.proposals.length > 0 ? (
        <span className="badge badge-ongoing">{t('conduct.item.ongoing')}</span>
      ) : null}
      {!item.attendance.quorum.ok && <span className="badge badge-noquorum">{t('conduct.item.noQuorum')}</span>}
      {item.disqualifications.length > 0 && <span className="badge badge-jav">{t('conduct.item.jav', { count: item.disqualifications.length })}</span>}
      {item.reservations.some((r) => r.kind === 'dissent') && <span className="badge badge-dissent">{t('conduct.item.dissent')}</span>}
    </>
  );
}

export function ItemsView({ view, actions, manage, itemId, onSelect }: Props) {
  const t = useT();
  const items = handledItems(view);
  const index = items.findIndex((i) => i.id === itemId);
  const item = items[index]!;
  const prev = items[index - 1];
  const next = items[index + 1];

  const select = (target: ConductItem | undefined) => {
    if (!target) return;
    onSelect(target.id);
    actions.clearFailure();
    // The new item's heading takes focus so that reading starts at its title.
    window.setTimeout(() => document.getElementById(ids.item(target.id))?.focus(), 0);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'PageDown' && e.key !== 'PageUp')) return;
      e.preventDefault();
      select(e.key === 'PageDown' ? next : prev);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="conduct-items">
      <nav className="conduct-item-nav" aria-label={t('conduct.itemListLabel')}>
        <h2 className="conduct-nav-heading">{t('conduct.itemListLabel')}</h2>
        <ol>
          {view.items.map((i) => (
            <li key={i.id}>
              {i.attendance ? (
                <a
                  href={`?view=items&item=${i.id}`}
                  id={ids.navItem(i.id)}
                  aria-current={i.id === itemId ? 'true' : undefined}
                  className={i.id === itemId ? 'is-current' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    select(i);
                  }}
                >
                  <span className="paragraph">§ {i.paragraphLabel}</span> <span className="nav-title">{i.title}</span>
                </a>
              ) : (
                <span className="is-withdrawn">
                  <span className="paragraph">§ {i.paragraphLabel}</span> <span className="nav-title">{i.title}</span>
                </span>
              )}
              <span className="nav-badges">
                <ItemBadges item={i} />
              </span>
            </li>
          ))}
        </ol>
      </nav>
      <div className="conduct-item-main">
        <div className="conduct-pager">
          <button type="button" className="button-small" disabled={!prev} onClick={() => select(prev)}>
            ← {t('conduct.prevItem')}
            {prev && <span className="visually-hidden"> § {prev.paragraphLabel}</span>}
          </button>
          <span className="hint">{t('conduct.pagerHint', { n: index + 1, count: items.length })}</span>
          <button type="button" className="button-small" disabled={!next} onClick={() => select(next)}>
            {t('conduct.nextItem')} →{next && <span className="visually-hidden"> § {next.paragraphLabel}</span>}
          </button>
        </div>
        <ItemPanel key={item.id} view={view} item={item} actions={actions} manage={manage} />
      </div>
    </div>
  );
}
