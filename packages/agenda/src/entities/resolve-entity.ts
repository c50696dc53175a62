import type { Language } from '../../../core/src/localized-text.ts';
import { documentIdFor, initiativeIdFor } from '../ids.ts';
import { lookupChineseSource } from '../translations/translation-memory.ts';
import { aliasKey } from './alias-key.ts';
import { type EntityKind, matchKnownEntity } from './known-entities.ts';

export interface EntityResolution {
  id: string;
  /**
   * How the name was resolved: `dictionary` (an alias recorded by ingestion, review or merge), `known` (a built-in
   * recurring entity), `translation` (the English or Russian name the platform gave a Chinese title), `new`.
   */
  via: 'dictionary' | 'known' | 'translation' | 'new';
  /** Names of the entity in other languages that come with the resolution (unofficial unless the text's own). */
  names: Partial<Record<Language, string>>;
}

const idFor = { document: documentIdFor, initiative: initiativeIdFor } as const;

/**
 * The record a document or initiative name stands for. The dictionary (aliases in the database, corrected by the
 * Secretariat) wins over the built-in knowledge; a name resolved nowhere gets a new id derived from its
 * normalised form, the Chinese exact title keeping the seed's ids.
 */
export function resolveEntity(options: {
  kind: EntityKind;
  name: string;
  language: Language;
  dictionary: ReadonlyMap<string, string>;
}): EntityResolution {
  const { kind, name, language } = options;
  const key = aliasKey(name);
  const recorded = options.dictionary.get(key);
  if (recorded) return { id: recorded, via: 'dictionary', names: {} };
  const known = matchKnownEntity({ kind, key });
  if (known) return { id: known.id, via: 'known', names: known.names };
  if (language !== 'zh') {
    const zh = lookupChineseSource({ text: name, language });
    if (zh) return { id: idFor[kind](zh), via: 'translation', names: { zh } };
  }
  return { id: idFor[kind](language === 'zh' ? name : key), via: 'new', names: {} };
}
