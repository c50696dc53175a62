import { createHash } from 'node:crypto';
import { DomainError } from '../../../../core/src/errors.ts';
import { normalizeCommuniqueText } from '../normalize-text.ts';
import { splitParagraphs } from '../split-paragraphs.ts';
import type { ParsedStatement, ParsedText } from '../types.ts';
import { classifyRussianStance } from './classify-stance.ts';
import { classifyRussianTopics } from './classify-topics.ts';
import { extractRussianActors } from './extract-actors.ts';
import { extractRussianDocuments } from './extract-documents.ts';
import { extractRussianEvents } from './extract-events.ts';
import { extractRussianInitiatives } from './extract-initiatives.ts';
import { parseRussianHeader } from './parse-header.ts';

// Section headings of declarations ("I", "II.", "3.") are not statements.
const sectionHeading = /^(?:[IVXLC]+|\d{1,2})\.?$/u;

/**
 * Parses the Russian text of an SCO communiqué, declaration or statement into its meeting header and statements,
 * each with stance, actors, topics and the documents, events and initiatives it cites, with the same meaning as
 * the Chinese parser's result so the two can be compared. Pure and deterministic. Spans are offsets into `text` of
 * the result, the input after BOM removal and newline normalisation. Every paragraph after the header is a
 * statement, numbered from 1 whether or not the text numbers it (bare section headings are skipped). Throws
 * `DomainError('ingest_rejected')` when the text is empty, is not an SCO text (see `parseRussianHeader`) or has no
 * statements after its header.
 */
export function parseRussianText(options: { text: string }): ParsedText {
  const text = normalizeCommuniqueText(options.text);
  if (text.trim() === '') throw new DomainError('ingest_rejected', 'The text is empty.');
  const paragraphs = splitParagraphs(text);
  const { meeting, kind, headerParagraphCount, trailingParagraphCount } = parseRussianHeader({ paragraphs });
  const delegationCountryCodes = meeting.participants.flatMap((participant) =>
    participant.role === 'head_of_delegation' && participant.countryCode ? [participant.countryCode] : [],
  );
  // A communiqué speaks for the heads of delegation; a declaration or statement for the member states.
  const defaultKind = kind === 'communique' ? 'heads_of_delegation' : 'member_states';
  const statementParagraphs = paragraphs
    .slice(headerParagraphCount, paragraphs.length - trailingParagraphCount)
    .filter((paragraph) => !sectionHeading.test(paragraph.text));
  const statements = statementParagraphs.map((paragraph, index): ParsedStatement => {
    const offset = paragraph.span.start;
    const documents = extractRussianDocuments({ text: paragraph.text, offset });
    return {
      ordinal: index + 1,
      text: paragraph.text,
      span: paragraph.span,
      ...classifyRussianStance(paragraph.text),
      ...extractRussianActors({ text: paragraph.text, delegationCountryCodes, defaultKind }),
      topics: classifyRussianTopics(paragraph.text),
      documents,
      events: extractRussianEvents({
        text: paragraph.text,
        offset,
        referenceDate: meeting.start.date,
        documentSpans: documents.map((document) => ({
          start: document.span.start - offset,
          end: document.span.end - offset,
        })),
      }),
      initiatives: extractRussianInitiatives({ text: paragraph.text, offset }),
    };
  });
  if (statements.length === 0) {
    throw new DomainError('ingest_rejected', 'The text has a header but no statements after it.');
  }
  return {
    language: 'ru',
    kind,
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    text,
    meeting,
    statements,
  };
}
