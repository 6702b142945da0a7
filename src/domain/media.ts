/**
 * Media types are taken from a file's content, never from its name alone: a file that claims to be a PDF but
 * is not is rejected.
 */
export interface MediaCheck { mediaType: string; error?: string }

const EXTENSION_TYPES: Record<string, string> = {
  pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', txt: 'text/plain', csv: 'text/csv', msg: 'application/vnd.ms-outlook',
};

export function declaredMediaType(fileName: string, declared: string | undefined): string | undefined {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  return EXTENSION_TYPES[ext] ?? (declared && declared !== 'application/octet-stream' ? declared : undefined);
}

/**
 * Decides the stored media type from what was declared (name/header) and what the content is.
 * `detected` is undefined for content without a signature (plain text).
 */
export function decideMediaType(fileName: string, declared: string | undefined, detected: string | undefined, isUtf8Text: boolean): MediaCheck {
  const claimed = declaredMediaType(fileName, declared);
  if (detected) {
    const zipFamily = detected === 'application/zip' && claimed?.includes('openxmlformats');
    if (claimed && claimed !== detected && !zipFamily && !(claimed === 'image/jpeg' && detected === 'image/jpeg')) {
      return { mediaType: detected, error: `Filen ${fileName} anges vara ${claimed} men innehållet är ${detected}.` };
    }
    return { mediaType: zipFamily ? claimed! : detected };
  }
  if (claimed && !claimed.startsWith('text/')) {
    return { mediaType: 'application/octet-stream', error: `Filen ${fileName} anges vara ${claimed} men innehållet känns inte igen som det.` };
  }
  return { mediaType: isUtf8Text ? (claimed ?? 'text/plain') : 'application/octet-stream' };
}
