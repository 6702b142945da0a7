/**
 * Body, Organization (organs), Person (elected representatives), Membership (seats) and LegislativeTerm.
 * People with protected identity are never shown, nor are their seats (R-REG-7); e-mail addresses are not
 * published.
 */
import { portalUrls } from '../portal/urls.ts';
import { compact, head, type Entry, type Json } from './entry.ts';
import { dateTime, latest, MEMBERSHIP_ROLE, ORGAN_KIND } from './format.ts';
import type { Snapshot } from './snapshot.ts';
import { BODY_LISTS, type BodyList, type OparlUrls } from './urls.ts';

type S = NonNullable<Snapshot>;

export function termEntries(s: S, urls: OparlUrls): Entry[] {
  return s.terms.map((term) => ({
    type: 'LegislativeTerm', id: term.id, created: term.createdAt, modified: term.updatedAt, public: true, tombstone: true,
    build: () => compact({ ...head(urls, 'LegislativeTerm', term.id, term.createdAt, term.updatedAt), body: urls.object('Body', s.body.id), name: term.name, startDate: term.startsOn, endDate: term.endsOn }),
  }));
}

export function membershipEntries(s: S, urls: OparlUrls): Entry[] {
  const people = new Map(s.people.map((p) => [p.id, p]));
  return s.memberships.map((m) => ({
    type: 'Membership', id: m.id, created: m.createdAt, modified: m.updatedAt, public: people.get(m.personId)?.protectedIdentity === false, tombstone: true,
    organId: m.organId,
    build: () => compact({
      ...head(urls, 'Membership', m.id, m.createdAt, m.updatedAt), person: urls.object('Person', m.personId), organization: urls.object('Organization', m.organId),
      role: MEMBERSHIP_ROLE[m.role] ?? m.role, votingRight: m.role !== 'substitute', startDate: m.startsOn, endDate: m.endsOn,
      ...(m.substituteOrder !== null ? { 'namnd:substituteOrder': m.substituteOrder } : {}),
    }),
  }));
}

export function personEntries(s: S, urls: OparlUrls, memberships: Entry[]): Entry[] {
  return s.people.map((p) => {
    const own = memberships.filter((m) => s.memberships.find((x) => x.id === m.id)?.personId === p.id && m.public);
    const modified = latest(p.updatedAt, ...own.map((m) => m.modified));
    return {
      // Only elected people (with a seat) are persons of the body; protected identities never (R-REG-7).
      type: 'Person', id: p.id, created: p.createdAt, modified, public: !p.protectedIdentity && own.length > 0, tombstone: true,
      build: () => compact({
        ...head(urls, 'Person', p.id, p.createdAt, modified), body: urls.object('Body', s.body.id),
        name: `${p.givenName} ${p.familyName}`, givenName: p.givenName, familyName: p.familyName, membership: own.map((m) => m.build()),
      }),
    };
  });
}

export function organizationEntries(s: S, urls: OparlUrls, memberships: Entry[]): Entry[] {
  return s.organs.map((o) => {
    const own = memberships.filter((m) => m.organId === o.id && m.public);
    const modified = latest(o.updatedAt, ...own.map((m) => m.modified));
    return {
      type: 'Organization', id: o.id, created: o.createdAt, modified, public: true, tombstone: true, organId: o.id,
      build: () => compact({
        ...head(urls, 'Organization', o.id, o.createdAt, modified), body: urls.object('Body', s.body.id), name: o.name, shortName: o.code,
        organizationType: ORGAN_KIND[o.kind] ?? o.kind, classification: o.kind, subOrganizationOf: o.parentId ? urls.object('Organization', o.parentId) : undefined,
        membership: own.map((m) => urls.object('Membership', m.id)), meeting: urls.organizationMeetings(o.id), web: urls.web(portalUrls.organ(o.code)),
      }),
    };
  });
}

export function bodyObject(s: S, urls: OparlUrls, terms: Entry[], modified: Date): Json {
  const lists = Object.fromEntries(BODY_LISTS.filter((l) => l !== 'location' && l !== 'legislativeTerm').map((l: BodyList) => [l, urls.bodyList(s.body.id, l)]));
  return {
    ...compact({
      ...head(urls, 'Body', s.body.id, s.body.createdAt, modified), system: urls.system(), shortName: s.body.code, name: s.body.name,
      website: urls.web(portalUrls.home()), classification: 'Kommun', ...lists,
      locationList: urls.bodyList(s.body.id, 'location'), legislativeTermList: urls.bodyList(s.body.id, 'legislativeTerm'), web: urls.web(portalUrls.home()),
    }),
    // Required by the schema, so printed even when empty.
    legislativeTerm: terms.filter((t) => t.public).map((t) => t.build()),
  };
}

export function systemObject(urls: OparlUrls, bodies: { created: Date; modified: Date }[]): Json {
  return compact({
    id: urls.system(), type: 'https://schema.oparl.org/1.1/System', oparlVersion: 'https://schema.oparl.org/1.1/', body: urls.bodies(),
    name: 'Nämnd – öppna data', website: urls.web(portalUrls.home()), web: urls.web(portalUrls.home()),
    created: bodies.length ? dateTime(new Date(Math.min(...bodies.map((b) => b.created.getTime())))) : undefined,
    modified: bodies.length ? dateTime(latest(...bodies.map((b) => b.modified))) : undefined,
  });
}
