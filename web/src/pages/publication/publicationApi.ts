// Web publication of documents (R-PUB-1): a document's status and history, publish, withdraw, and the list.
import { api } from '../../api.ts';

export type PublicationReason = 'secret' | 'protected' | 'own_document' | 'drawn_up' | 'organisation' | 'private_person' | 'no_counterparty';

export interface PublicationEvent {
  id: string;
  basis: 'default' | 'choice';
  publishedAt: string;
  publishedBy: { id: string; displayName: string } | null;
  withdrawnAt: string | null;
  withdrawnBy: { id: string; displayName: string } | null;
  withdrawalReason: string | null;
}

export interface PublicationStatus {
  documentId: string;
  published: boolean;
  defaultPublished: boolean;
  publishable: boolean;
  reason: PublicationReason;
  mayChange: boolean;
  history: PublicationEvent[];
}

export interface PublicationListItem extends PublicationEvent {
  document: { id: string; number: string; caseId: string; caseNumber: string; kind: string; description: string };
}

export interface PublicationFilter {
  state?: string;
  basis?: string;
}

const path = (id: string) => `/documents/${encodeURIComponent(id)}/publication`;

export const getPublication = (documentId: string, signal?: AbortSignal) => api.get<PublicationStatus>(path(documentId), undefined, signal);
export const publishDocument = (documentId: string) => api.post<PublicationStatus>(path(documentId));
export const withdrawPublication = (documentId: string, reason: string) =>
  api.post<PublicationStatus>(`${path(documentId)}/withdraw`, { reason });
export const listPublications = (filter: PublicationFilter, cursor: string | null, signal?: AbortSignal) =>
  api.get<{ items: PublicationListItem[]; nextCursor: string | null }>('/publications', { ...filter, cursor, limit: 50 }, signal);
