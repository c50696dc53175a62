import { createHash } from 'node:crypto';
import { DomainError } from '../../../../core/src/errors.ts';
import { normalizeCommuniqueText } from '../normalize-text.ts';
import { splitParagraphs } from '../split-paragraphs.ts';
import type { ParsedStatement, ParsedText } from '../types.ts';
import { classifyStance } from './classify-stance.ts';
import { classifyTopics } from './classify-topics.ts';
import { extractActors } from './extract-actors.ts';
import { extractDocuments } from './extract-documents.ts';
import { extractEvents } from './extract-events.ts';
import { extractInitiatives } from './extract-initiatives.ts';
import { parseHeader } from './parse-header.ts';
import { splitStatements } from './split-statements.ts';

export { summarizeCommunique } from '../summarize-communique.ts';

/**
 * Parses the Chinese text of an SCO council communiqué into its meeting header and numbered statements, each with
 * stance, actors, topics and the documents, events and initiatives it cites. Pure and deterministic: the same text
 * gives a deep-equal result. Spans are offsets into `text` of the result, the input after BOM removal and newline
 * normalisation. Throws `DomainError('ingest_rejected')` when the text is empty, is not an SCO council communiqué
 * (no title naming a numbered meeting, no opening line with its date and place, no attendance paragraph) or has no
 * statements after its header.
 */
export function parseChineseText(options: { text: string }): ParsedText {
  const text = normalizeCommuniqueText(options.text);
  if (text.trim() === '') throw new DomainError('ingest_rejected', 'The communiqué text is empty.');
  const paragraphs = splitParagraphs(text);
  const { meeting, headerParagraphCount } = parseHeader({ paragraphs });
  const delegationCountryCodes = meeting.participants.flatMap((participant) =>
    participant.role === 'head_of_delegation' && participant.countryCode ? [participant.countryCode] : [],
  );
  const statements = splitStatements({ paragraphs, headerParagraphCount }).map(
    (paragraph): ParsedStatement => ({
      ordinal: paragraph.ordinal,
      text: paragraph.text,
      span: paragraph.span,
      ...classifyStance(paragraph.text),
      ...extractActors({ text: paragraph.text, delegationCountryCodes }),
      topics: classifyTopics(paragraph.text),
      documents: extractDocuments({ text: paragraph.text, offset: paragraph.span.start }),
      events: extractEvents({ text: paragraph.text, offset: paragraph.span.start, referenceDate: meeting.start.date }),
      initiatives: extractInitiatives({ text: paragraph.text, offset: paragraph.span.start }),
    }),
  );
  if (statements.length === 0) {
    throw new DomainError('ingest_rejected', 'The communiqué has a header but no statements after it.');
  }
  return {
    language: 'zh',
    kind: meeting.title.includes('宣言') ? 'declaration' : meeting.title.includes('声明') ? 'statement' : 'communique',
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    text,
    meeting,
    statements,
  };
}
