// Shows a document's PDF inline. The file route answers as an attachment, which a frame would download instead
// of showing, so the file is fetched and shown from a local object URL; the download link uses the route itself.
import { useEffect, useState } from 'react';
import { ApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/Errors.tsx';
import { Loading } from '../../components/Status.tsx';
import { fileUrl, getDocument } from '../../endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { fileTypeLabel, formatBytes } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';

interface Props {
  documentId: string;
  number: string;
  description: string;
  /** Why the document is read; logged with reads of secret or protected documents (R-REG-8). */
  purpose: string;
}

export function DocumentViewer({ documentId, number, description, purpose }: Props) {
  const { t, locale } = useI18n();
  const doc = useLoad((signal) => getDocument(documentId, signal), [documentId]);
  const files = doc.data?.files ?? [];
  const file = files.find((f) => f.mediaType === 'application/pdf') ?? files[0];
  const pdf = file?.mediaType === 'application/pdf';
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  const [fileError, setFileError] = useState<unknown>(null);

  useEffect(() => {
    if (!file || !pdf) return;
    const controller = new AbortController();
    let url: string | null = null;
    fetch(fileUrl(file.id, purpose), { credentials: 'same-origin', signal: controller.signal })
      .then(async (res) => {
        if (!res.ok) throw new ApiError(res.status, res.status === 404 ? 'not_found' : 'unknown', '');
        url = URL.createObjectURL(new Blob([await res.blob()], { type: 'application/pdf' }));
        setObjectUrl(url);
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setFileError(err instanceof ApiError ? err : new ApiError(0, 'network', ''));
      });
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [file, pdf, purpose]);

  if (doc.loading && !doc.data) return <Loading />;
  if (doc.error) return <ErrorAlert error={doc.error} />;
  if (!file) return <p className="muted">{t('document.noFiles')}</p>;

  return (
    <div className="doc-viewer">
      {pdf && !objectUrl && !fileError && <Loading label={t('read.loadingPdf')} />}
      <ErrorAlert error={fileError} />
      {objectUrl && <iframe className="pdf-frame" src={objectUrl} title={t('read.frameTitle', { number, description })} />}
      <p className="doc-download">
        <a href={fileUrl(file.id, purpose)} download={file.name}>
          {t('read.download', { number })}
        </a>{' '}
        <span className="muted">
          ({fileTypeLabel(file.name, file.mediaType)}, {formatBytes(file.size, locale)})
        </span>
      </p>
      {!pdf && <p className="hint">{t('read.notPdf')}</p>}
    </div>
  );
}
