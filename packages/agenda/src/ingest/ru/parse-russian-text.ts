import { DomainError } from '../../../../core/src/errors.ts';
import type { ParsedText } from '../types.ts';

export function parseRussianText(_options: { text: string }): ParsedText {
  throw new DomainError('ingest_rejected', 'Russian texts are not read yet.');
}
