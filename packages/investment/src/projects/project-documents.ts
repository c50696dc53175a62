import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { projectDocuments, projects } from '../tables.ts';
import { maxDocumentBytes, type ProjectStatus } from '../vocabulary.ts';
import type { ProjectDocument } from './contracts.ts';
import { canManageProjectDocuments, canReadProject, type ProjectAccessFacts } from './project-access.ts';
import { listDocumentsOf } from './project-reads.ts';

const pdfSignature = Buffer.from('%PDF-', 'latin1');

/** What an upload must be: a PDF (by its signature, not its name) of at most maxDocumentBytes. */
export function assertAcceptableDocument(content: Buffer): void {
  if (content.length > maxDocumentBytes) {
    throw new DomainError(
      'payload_too_large',
      `A document may be at most ${maxDocumentBytes / (1024 * 1024)} MB; this one is ${(content.length / (1024 * 1024)).toFixed(1)} MB.`,
      { maxBytes: maxDocumentBytes, sizeBytes: content.length },
    );
  }
  if (content.length < pdfSignature.length || !content.subarray(0, pdfSignature.length).equals(pdfSignature)) {
    throw new DomainError(
      'unsupported_media_type',
      'Only PDF documents are accepted: the file does not start with %PDF-.',
    );
  }
}

async function loadProjectAccess(options: { db: Db; id: string; lock?: boolean }): Promise<ProjectAccessFacts> {
  const query = options.db
    .select({
      ownerUserId: projects.ownerUserId,
      countryCode: projects.countryCode,
      status: projects.status,
      expiresAt: projects.expiresAt,
    })
    .from(projects)
    .where(eq(projects.id, options.id));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw new DomainError('not_found', `No project with id "${options.id}".`);
  return { ...row, status: row.status as ProjectStatus };
}

/** Reading documents follows reading the project: those of a listed project are public. */
async function assertReadable(options: { db: Db; actor: Actor | null; projectId: string }) {
  const project = await loadProjectAccess({ db: options.db, id: options.projectId });
  if (!canReadProject({ actor: options.actor, project, now: new Date() })) {
    throw new DomainError('not_found', `No project with id "${options.projectId}".`);
  }
  return project;
}

async function assertManageable(options: { tx: Db; actor: Actor; projectId: string }) {
  const project = await loadProjectAccess({ db: options.tx, id: options.projectId, lock: true });
  if (canManageProjectDocuments(options.actor, project)) return;
  if (!canReadProject({ actor: options.actor, project, now: new Date() })) {
    throw new DomainError('not_found', `No project with id "${options.projectId}".`);
  }
  if (project.status === 'withdrawn') {
    throw new DomainError('conflict', 'A withdrawn project takes no document changes.', { status: project.status });
  }
  throw new DomainError('forbidden', "Only the project's owner or the Secretariat manage its documents.");
}

/** The owner (or the Secretariat) attaches a PDF to a project that is not withdrawn. */
export async function uploadProjectDocument(options: {
  db: Db;
  actor: Actor;
  projectId: string;
  filename: string;
  content: Buffer;
}): Promise<ProjectDocument> {
  const { db, actor, projectId, filename, content } = options;
  return db.transaction(async (tx) => {
    await assertManageable({ tx, actor, projectId });
    assertAcceptableDocument(content);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const [created] = await tx
      .insert(projectDocuments)
      .values({ projectId, filename, sizeBytes: content.length, sha256, content, uploadedBy: actor.userId! })
      .returning({
        id: projectDocuments.id,
        filename: projectDocuments.filename,
        sizeBytes: projectDocuments.sizeBytes,
        sha256: projectDocuments.sha256,
        uploadedAt: projectDocuments.uploadedAt,
      });
    await appendAuditEntry(tx, {
      actor,
      action: 'project.document_add',
      entityType: 'investment_project',
      entityId: projectId,
      after: { documentId: created!.id, filename, sizeBytes: content.length, sha256 },
    });
    return { ...created!, uploadedAt: created!.uploadedAt.toISOString() };
  });
}

export async function listProjectDocuments(options: { db: Db; actor: Actor | null; projectId: string }) {
  await assertReadable(options);
  return { items: await listDocumentsOf({ db: options.db, projectId: options.projectId }) };
}

/** One document's bytes and name, for download. */
export async function readProjectDocument(options: {
  db: Db;
  actor: Actor | null;
  projectId: string;
  documentId: string;
}): Promise<{ filename: string; content: Buffer }> {
  await assertReadable(options);
  const [row] = await options.db
    .select({ filename: projectDocuments.filename, content: projectDocuments.content })
    .from(projectDocuments)
    .where(and(eq(projectDocuments.id, options.documentId), eq(projectDocuments.projectId, options.projectId)));
  if (!row) throw new DomainError('not_found', `No document with id "${options.documentId}" in this project.`);
  return { filename: row.filename, content: Buffer.from(row.content) };
}

export async function deleteProjectDocument(options: {
  db: Db;
  actor: Actor;
  projectId: string;
  documentId: string;
}): Promise<void> {
  const { db, actor, projectId, documentId } = options;
  await db.transaction(async (tx) => {
    await assertManageable({ tx, actor, projectId });
    const [deleted] = await tx
      .delete(projectDocuments)
      .where(and(eq(projectDocuments.id, documentId), eq(projectDocuments.projectId, projectId)))
      .returning({ filename: projectDocuments.filename, sha256: projectDocuments.sha256 });
    if (!deleted) throw new DomainError('not_found', `No document with id "${documentId}" in this project.`);
    await appendAuditEntry(tx, {
      actor,
      action: 'project.document_delete',
      entityType: 'investment_project',
      entityId: projectId,
      before: { documentId, ...deleted },
    });
  });
}
