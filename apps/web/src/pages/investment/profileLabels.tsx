import type { TFunction } from 'i18next';
import type { Language } from '../../api/types.ts';
import { LPlain } from '../../components/LocalizedText.tsx';
import { useIsicReference } from './profilesApi.ts';

/** "Investor · Private equity" or "Partner · Technology offer". */
export function profileTypeLabel(
  profile: { kind: string; investorType: string | null; partneringType: string | null },
  t: TFunction,
): string {
  const kind = t(`investment.vocab.profileKind.${profile.kind}`);
  const type = profile.investorType
    ? t(`investment.vocab.investorType.${profile.investorType}`)
    : profile.partneringType
      ? t(`investment.vocab.partneringType.${profile.partneringType}`)
      : null;
  return type ? `${kind} · ${type}` : kind;
}

/** ISIC sector codes with their names in the reader's language (codes alone until the names arrive). */
export function SectorNames({ codes }: { codes: string[] }) {
  const reference = useIsicReference();
  const names = new Map(
    (reference.data?.isic.sections ?? []).flatMap((section) => [
      [section.code, section.name] as const,
      ...section.divisions.map((division) => [division.code, division.name] as const),
    ]),
  );
  return (
    <>
      {codes.map((code, index) => (
        <span key={code}>
          {index > 0 ? '; ' : ''}
          {code}
          {names.get(code) ? (
            <>
              {' '}
              <LPlain value={names.get(code)} />
            </>
          ) : null}
        </span>
      ))}
    </>
  );
}

/** Options for sector pickers: every section and its divisions, labelled in the reader's language. */
export function useSectorOptions(lang: Language) {
  const reference = useIsicReference();
  const name = (value: { [key: string]: { text: string | null } | undefined }) =>
    value[lang]?.text ?? value.en?.text ?? value.zh?.text ?? '';
  return (reference.data?.isic.sections ?? []).map((section) => ({
    group: `${section.code} ${name(section.name)}`,
    items: [
      { value: section.code, label: `${section.code} ${name(section.name)}` },
      ...section.divisions.map((division) => ({
        value: division.code,
        label: `${division.code} ${name(division.name)}`,
      })),
    ],
  }));
}
