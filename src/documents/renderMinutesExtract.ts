/**
 * Extract of the minutes (protokollsutdrag, R-MIN-3): one paragraph with the adjustment and posting
 * information and the certification line ("Rätt utdraget intygar"). For an immediately adjusted paragraph
 * (R-JUST-2) the adjustment line says so.
 */
import type { MinutesDoc, ParagraphDoc } from './renderMinutes.ts';
import { renderPdf, type RenderResult } from './typst.ts';

export interface ExtractInfo {
  kind: 'adjusted' | 'immediate';
  adjustedOn: string | null;
  signers: string[];
  posting: { postedOn: string; removableFrom: string } | null;
  certifiedOn: string;
}

export function extractData(doc: MinutesDoc, item: ParagraphDoc, info: ExtractInfo) {
  const adjustment = info.kind === 'immediate'
    ? `Paragrafen justerades omedelbart vid sammanträdet ${doc.date}.`
    : info.adjustedOn ? `Protokollet justerades ${info.adjustedOn}.` : 'Protokollet är inte justerat.';
  return {
    title: `Protokollsutdrag ${doc.organ} ${doc.date} ${item.paragraph}`,
    municipality: doc.municipality, organ: doc.organ, date: doc.date, item, adjustment, signers: info.signers.length ? info.signers : ['–'],
    posting: info.posting ? `Tillkännagivet på kommunens anslagstavla ${info.posting.postedOn}; anslaget tas ned tidigast ${info.posting.removableFrom}.`
      : info.kind === 'immediate' ? 'Tillkännages när protokollet har justerats.' : 'Tillkännages på kommunens anslagstavla.',
    keptAt: doc.posting.keptAt,
    certifier: doc.secretary || doc.posting.signer,
    certified: `Bestyrkt ${info.certifiedOn}`,
  };
}

export function renderExtractPdf(doc: MinutesDoc, item: ParagraphDoc, info: ExtractInfo): Promise<RenderResult> {
  return renderPdf({ template: 'extract', data: extractData(doc, item, info) });
}
