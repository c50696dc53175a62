import { DomainError } from '../../../../core/src/errors.ts';
import type { ParsedText } from '../types.ts';

export function parseEnglishText(_options: { text: string }): ParsedText {
  throw new DomainError('ingest_rejected', 'English texts are not read yet.');
}
