/**
 * The registers of the demo municipality (appropriations, grant rounds, risk analysis and internal control,
 * financial follow-up, annual cycle), loaded in the demo's transaction after the cases and their documents.
 * Documents the reference book holds that the registers generate (a grant compilation, the risk analysis, the
 * follow-up tables, official reports with a remaining-funds table) are listed in `generatedDocuments`: the
 * case loader leaves their file out, and the part that generates it attaches the PDF (`attachPdf`).
 */
import type { Tx } from '../../db/client.ts';
import * as t from '../../db/schema/index.ts';
import type { Services } from '../../use-cases/context.ts';
import * as appropriations from './appropriations.ts';
import * as grants from './grants.ts';
import * as risks from './risks.ts';
import * as finance from './finance.ts';
import * as annualCycle from './annualCycle.ts';

export interface DemoRegisterIds {
  bodyId: string;
  /** Organ code → id. */
  organId: Map<string, string>;
  /** Diarienummer → case id. */
  caseId: Map<string, string>;
  /** Document number (`KS-2024/00456-2`) → document id. */
  documentId: Map<string, string>;
  /** Username → user id. */
  userId: Map<string, string>;
}

export interface DemoRegisterPart {
  /** Numbers of the demo documents whose file this part generates. */
  generatedDocuments: readonly string[];
  load(tx: Tx, services: Services, ids: DemoRegisterIds): Promise<void>;
}

/** In dependency order: grant rounds draw on appropriations. */
const parts: DemoRegisterPart[] = [appropriations, grants, risks, finance, annualCycle];

export const generatedDocuments: ReadonlySet<string> = new Set(parts.flatMap((p) => p.generatedDocuments));

export async function loadDemoRegisters(tx: Tx, services: Services, ids: DemoRegisterIds): Promise<void> {
  for (const part of parts) await part.load(tx, services, ids);
}

/** Stores a generated PDF and attaches it to a demo document as its file. */
export async function attachPdf(tx: Tx, services: Services, ids: DemoRegisterIds, documentNumber: string, pdf: Uint8Array): Promise<void> {
  const documentId = ids.documentId.get(documentNumber);
  if (!documentId) throw new Error(`The demo has no document ${documentNumber}.`);
  const stored = await services.files.put(Buffer.from(pdf));
  await tx.insert(t.files).values({ bodyId: ids.bodyId, documentId, name: `${documentNumber}.pdf`, mediaType: 'application/pdf', size: stored.size, sha256: stored.sha256 });
}
