import { createHash } from 'node:crypto';
import { DomainError } from '../../../../core/src/errors.ts';
import type { ActorClassification } from '../actor-countries.ts';
import { normalizeCommuniqueText } from '../normalize-text.ts';
import { splitParagraphs } from '../split-paragraphs.ts';
import type { ParsedStatement, ParsedText, TextKind } from '../types.ts';
import { classifyStance } from './classify-stance.ts';
import { classifyTopics } from './classify-topics.ts';
import { extractActors } from './extract-actors.ts';
import { extractDocuments } from './extract-documents.ts';
import { extractEvents } from './extract-events.ts';
import { extractInitiatives } from './extract-initiatives.ts';
import { parseHeader } from './parse-header.ts';
import { splitStatements } from './split-statements.ts';

/**
 * Parses an English SCO text — a council's joint communiqué, a Heads of State declaration, a ministerial
 * communiqué or a statement — into its meeting header and statements, each with stance, actors, topics and the
 * documents, events and initiatives it cites, with the same meaning as the Chinese parser so that results compare.
 * Pure and deterministic. Spans are offsets into `text` of the result, the input after BOM removal and newline
 * normalisation. Throws `DomainError('ingest_rejected')` when the text is empty, is not an SCO text (never names the
 * SCO, has no opening line naming a meeting with its date, or has neither a title naming a communiqué, declaration
 * or statement nor the heads of delegation) or has no statements after its header.
 */
export function parseEnglishText(options: { text: string }): ParsedText {
  const text = normalizeCommuniqueText(options.text);
  if (text.trim() === '') throw new DomainError('ingest_rejected', 'The text is empty.');
  const paragraphs = splitParagraphs(text);
  const { meeting, headerParagraphCount, title, declares } = parseHeader({ paragraphs });
  const delegationCountryCodes = meeting.participants.flatMap((participant) =>
    participant.role === 'head_of_delegation' && participant.countryCode ? [participant.countryCode] : [],
  );
  let previousActor: ActorClassification | undefined;
  const statements = splitStatements({ paragraphs, headerParagraphCount }).map((paragraph): ParsedStatement => {
    const actor = extractActors({ text: paragraph.text, delegationCountryCodes, previous: previousActor });
    previousActor = actor;
    return {
      ordinal: paragraph.ordinal,
      text: paragraph.text,
      span: paragraph.span,
      ...classifyStance(paragraph.text),
      ...actor,
      topics: classifyTopics(paragraph.text),
      documents: extractDocuments({ text: paragraph.text, offset: paragraph.span.start }),
      events: extractEvents({ text: paragraph.text, offset: paragraph.span.start, referenceDate: meeting.start.date }),
      initiatives: extractInitiatives({ text: paragraph.text, offset: paragraph.span.start }),
    };
  });
  if (statements.length === 0) {
    throw new DomainError('ingest_rejected', 'The text has a meeting header but no statements after it.');
  }
  return {
    language: 'en',
    kind: textKind({ title, declares }),
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    text,
    meeting,
    statements,
  };
}

/** A communiqué unless the title names a declaration or a statement, or the header "declares the following". */
function textKind(options: { title: string; declares: boolean }): TextKind {
  if (/Communiqu[eé]/i.test(options.title)) return 'communique';
  if (/\bDeclaration\b/i.test(options.title)) return 'declaration';
  if (/\bStatement\b/i.test(options.title)) return 'statement';
  return options.declares ? 'declaration' : 'communique';
}
