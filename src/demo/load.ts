/**
 * Loads the demo municipality (Umeå kommun, the cases of the reference meeting book) into an empty database in
 * one transaction. Returns the text to print (staff accounts), or null when the database already has data.
 */
import { sql } from 'drizzle-orm';
import * as t from '../db/schema/index.ts';
import { raiseCaseSeq } from '../db/repositories/numbers.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { recordDefaultPublication } from '../db/repositories/webPublications.ts';
import { hashPassword } from '../auth/password.ts';
import { parseCaseNumber, formatDocumentNumber } from '../domain/numbering.ts';
import type { Services } from '../use-cases/context.ts';
import * as demo from './data.ts';
import { textPdf } from './pdf.ts';
import { officialReports } from './reports.ts';
import { renderReportPdf } from '../documents/renderReport.ts';
import { loadDemoMeetings } from './loadMeetings.ts';
import { generatedDocuments, loadDemoRegisters } from './registers/index.ts';

const KIND_LABEL: Record<string, string> = {
  letter: 'Skrivelse', official_report: 'Tjänsteskrivelse', motion: 'Motion', audit_report: 'Revisionsrapport', statement: 'Yttrande',
  annex: 'Bilaga', decision: 'Beslut', other: 'Handling',
};

export async function loadDemoIfEmpty(services: Services): Promise<string | null> {
  const { db, files } = services;
  const [{ count }] = (await db.execute<{ count: number }>(sql`SELECT count(*)::int AS count FROM bodies`)).rows as [{ count: number }];
  if (Number(count) > 0) return null;

  // Files first (content-addressed, harmless if the transaction fails), so the transaction stays short.
  const pdfs = new Map<string, { sha256: string; size: number }>();
  const organName = new Map(demo.organs.map((o) => [o.code, o.name]));
  for (const c of demo.cases) {
    for (const [i, d] of c.documents.entries()) {
      const number = `${c.number}-${i + 1}`;
      const report = officialReports[number];
      let bytes: Buffer | null = null;
      if (generatedDocuments.has(number)) continue; // generated from the registers, below
      if (report) {
        bytes = (await renderReportPdf(report, { municipality: demo.body.name, organName: organName.get(c.organCode) ?? c.organCode, caseNumber: c.number, basisNumbers: new Map() })).pdf;
      } else if (d.fileText) {
        bytes = await textPdf(d.description, `${number} · ${KIND_LABEL[d.kind] ?? d.kind} · ${d.registeredDate}`, d.fileText);
      }
      if (bytes) pdfs.set(`${c.number}#${i}`, await files.put(bytes));
    }
  }
  const passwordHash = await hashPassword(demo.demoPassword);

  await db.transaction(async (tx) => {
    const [body] = await tx.insert(t.bodies).values(demo.body).returning();
    const bodyId = body!.id;
    await tx.insert(t.terms).values(demo.terms.map((term) => ({ bodyId, ...term })));
    const partyId = new Map((await tx.insert(t.parties).values(demo.parties.map((p) => ({ bodyId, ...p }))).returning()).map((p) => [p.code, p.id]));
    const organId = new Map<string, string>();
    for (const o of demo.organs) {
      const [row] = await tx.insert(t.organs).values({ bodyId, code: o.code, name: o.name, kind: o.kind, parentId: o.parentCode ? organId.get(o.parentCode) : null }).returning();
      organId.set(o.code, row!.id);
    }
    const personId = new Map<string, string>();
    const personRows = await tx.insert(t.people).values(demo.people.map((p) => ({ bodyId, givenName: p.givenName, familyName: p.familyName, email: p.email, partyId: partyId.get(p.partyCode) }))).returning();
    demo.people.forEach((p, i) => personId.set(p.key, personRows[i]!.id));
    await tx.insert(t.memberships).values(demo.memberships.map((m) => ({
      bodyId, personId: personId.get(m.personKey)!, organId: organId.get(m.organCode)!, role: m.role, substituteOrder: m.substituteOrder ?? null, startsOn: m.startsOn, endsOn: m.endsOn,
    })));
    const registryRows = await tx.insert(t.registries).values(demo.registries.map((r) => ({ bodyId, code: r.code, name: r.name, organId: organId.get(r.organCode), caseNumberFormat: r.caseNumberFormat, documentNumberFormat: r.documentNumberFormat }))).returning();
    const userId = new Map<string, string>();
    for (const u of demo.users) {
      const [row] = await tx.insert(t.users).values({ bodyId, username: u.username, displayName: u.displayName, email: u.email, passwordHash, roles: u.roles, protectedDataAccess: u.protectedDataAccess ?? false, personId: u.personKey ? personId.get(u.personKey) ?? null : null }).returning();
      userId.set(u.username, row!.id);
      if (u.organAccess.length) await tx.insert(t.userOrganAccess).values(u.organAccess.map((a) => ({ bodyId, userId: row!.id, organId: organId.get(a.organCode)!, secret: a.secret })));
    }
    const registrar = userId.get('registrator') ?? null;
    const caseId = new Map<string, string>();
    const documentId = new Map<string, string>();
    for (const c of demo.cases) {
      const registry = registryRows.find((r) => parseCaseNumber(r.caseNumberFormat, c.number)?.series === r.code)!;
      const parts = parseCaseNumber(registry.caseNumberFormat, c.number)!;
      const [caseRow] = await tx.insert(t.cases).values({
        bodyId, registryId: registry.id, year: parts.year, seq: parts.seq, number: c.number, title: c.title, publicTitle: c.publicTitle ?? c.title,
        status: c.status, classificationCode: c.classificationCode ?? null, organId: organId.get(c.organCode), openedAt: c.openedOn,
        caseOfficerId: c.caseOfficer ? userId.get(c.caseOfficer) ?? null : null, lastDocumentSeq: c.documents.length,
      }).returning();
      caseId.set(c.number, caseRow!.id);
      await raiseCaseSeq(tx, bodyId, registry.id, parts.year, parts.seq);
      for (const [i, d] of c.documents.entries()) {
        const number = formatDocumentNumber(registry.documentNumberFormat, c.number, i + 1);
        const cp = d.counterparty;
        const [docRow] = await tx.insert(t.documents).values({
          bodyId, caseId: caseRow!.id, seq: i + 1, number, kind: d.kind, direction: d.direction, registeredDate: d.registeredDate,
          description: d.description, publicDescription: d.publicDescription ?? d.description, counterpartyName: cp?.name ?? null,
          counterpartyOrganisation: cp?.organisation ?? null, counterpartyAddress: cp?.address ?? null, counterpartyEmail: cp?.email ?? null,
          counterpartyProtected: cp?.protectedIdentity ?? false, details: d.details ?? {}, createdBy: registrar,
        }).returning();
        documentId.set(number, docRow!.id);
        const pdf = pdfs.get(`${c.number}#${i}`);
        if (pdf) await tx.insert(t.files).values({ bodyId, documentId: docRow!.id, name: `${number}.pdf`, mediaType: 'application/pdf', size: pdf.size, sha256: pdf.sha256 });
        if (d.secrecy) await tx.insert(t.secrecyMarks).values({ bodyId, documentId: docRow!.id, legalGround: d.secrecy.legalGround, organId: organId.get(d.secrecy.organCode)!, markedBy: registrar, markedAt: new Date(`${d.registeredDate}T12:00:00Z`) });
        await recordDefaultPublication(tx, { bodyId, documentId: docRow!.id, kind: d.kind, direction: d.direction, secret: Boolean(d.secrecy), counterpartyName: cp?.name ?? null, counterpartyOrganisation: cp?.organisation ?? null, counterpartyProtected: cp?.protectedIdentity ?? false, actorId: registrar });
      }
    }
    await loadDemoRegisters(tx, services, { bodyId, organId, caseId, documentId, userId });
    await loadDemoMeetings(tx, { bodyId, organId, caseId, personId, passwordHash, secretaryId: userId.get('sekreterare') ?? null });
    await recordAudit(tx, { bodyId, actorId: null, action: 'demo.load', entityType: 'body', entityId: bodyId, details: { cases: demo.cases.length } });
  });
  const accounts = [...demo.users, { username: 'ledamot', roles: ['member'] }].map((u) => `  ${u.username.padEnd(14)} ${u.roles.join(', ')}`).join('\n');
  return `Demo municipality ${demo.body.name} loaded. Staff accounts (password "${demo.demoPassword}"):\n${accounts}`;
}
