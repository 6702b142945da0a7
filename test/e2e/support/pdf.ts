/**
 * A small but real PDF (one A4 page with text), made with pdf-lib.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

export async function makePdf(lines: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(lines[0] ?? 'Handling');
  pdf.setCreator('Nämnd tests');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595.28, 841.89]);
  let y = 790;
  for (const line of lines) {
    page.drawText(line, { x: 56, y, size: 12, font });
    y -= 18;
  }
  return Buffer.from(await pdf.save());
}
