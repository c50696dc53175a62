import type { Language } from '../../api/types.ts';
import { localeTags } from '../../lib/locale.ts';
import type { MatchReason } from './profilesApi.ts';

type SectorDetail = Extract<MatchReason['detail'], { factor: 'sector' }>;

/** The locale key saying what really matched: one division, a division within a section, one section, nothing. */
export function sectorReasonKey(detail: SectorDetail): string {
  switch (detail.level) {
    case 'division':
      return 'invMatching.reason.sector.division';
    case 'division_in_section':
      return 'invMatching.reason.sector.divisionInSection';
    case 'section':
      return detail.seekerSector === detail.candidateSector
        ? 'invMatching.reason.sector.sameSection'
        : 'invMatching.reason.sector.section';
    case 'none':
      return 'invMatching.reason.sector.none';
  }
}

/** A USD amount in the reader's number style, compact ("12 M", "1200万"). */
export function formatUsd(amount: number, language: Language): string {
  const number = new Intl.NumberFormat(localeTags[language], { notation: 'compact', maximumFractionDigits: 1 });
  return `${number.format(amount)} USD`;
}

/** An ISO 639-1 code as the reader's language names it. */
export function languageLabel(code: string, language: Language): string {
  return new Intl.DisplayNames([localeTags[language]], { type: 'language' }).of(code) ?? code;
}
