/**
 * Simple text PDFs for the demo documents (title, number and text), so every demo document has a real file.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

/** Replaces characters outside WinAnsi (the standard fonts' encoding) with close equivalents. */
const winAnsi = (text: string): string => text.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"')
  .replace(/\u2026/g, '...').replace(/[\u00A0\u202F\u2009]/g, ' ').replace(/\t/g, '    ').replace(/[^\u0020-\u007E\u00A0-\u00FF\n]/g, '?');

export async function textPdf(title: string, subtitle: string, body: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(winAnsi(title));
  doc.setLanguage('sv');
  doc.setProducer('Nämnd');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const margin = 56, width = 595 - 2 * margin;
  let page = doc.addPage([595, 842]);
  let y = 842 - margin;
  for (const line of wrap(winAnsi(title), bold, 15, width)) { page.drawText(line, { x: margin, y, size: 15, font: bold }); y -= 20; }
  page.drawText(winAnsi(subtitle), { x: margin, y, size: 9, font, color: rgb(0.3, 0.3, 0.3) });
  y -= 26;
  for (const line of wrap(winAnsi(body), font, 10.5, width)) {
    if (y < margin) { page = doc.addPage([595, 842]); y = 842 - margin; }
    page.drawText(line, { x: margin, y, size: 10.5, font });
    y -= 14.5;
  }
  return Buffer.from(await doc.save());
}
