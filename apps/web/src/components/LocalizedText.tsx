import { Badge, Box, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconInfoCircle, IconLanguage } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LocalizedText as LocalizedTextValue } from '../api/types.ts';
import { localeTags } from '../i18n.ts';
import { useLang } from '../lib/hooks.ts';
import { type PickedText, pickText } from '../lib/localized.ts';

export function UnofficialBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      component="span"
      size="xs"
      variant="outline"
      radius="sm"
      leftSection={<IconLanguage size={11} aria-hidden />}
      className="badge-unofficial"
      title={t('provenance.unofficialHint')}
    >
      {t('provenance.unofficial')}
    </Badge>
  );
}

export function MissingNote({ shown }: { shown: Language }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Text component="span" size="xs" c="dimmed" className="missing-note">
      <IconInfoCircle size={12} aria-hidden style={{ verticalAlign: '-2px', marginInlineEnd: 3 }} />
      {t('provenance.missing', { language: t(`languageName.${lang}`), source: t(`languageName.${shown}`) })}
    </Text>
  );
}

function Marker({ picked, mode }: { picked: PickedText; mode: 'badge' | 'icon' | 'note' }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (picked.substituted) {
    const full = t('provenance.missing', {
      language: t(`languageName.${lang}`),
      source: t(`languageName.${picked.language}`),
    });
    if (mode === 'note') return <MissingNote shown={picked.language} />;
    if (mode === 'icon') {
      return (
        <span className="marker-icon marker-missing" title={full}>
          <IconInfoCircle size={13} aria-hidden />
          <VisuallyHidden>{full}</VisuallyHidden>
        </span>
      );
    }
    return (
      <Badge component="span" size="xs" variant="outline" className="tone tone-gray badge-missing" title={full}>
        {t('provenance.missingShort', { source: t(`languageName.${picked.language}`) })}
      </Badge>
    );
  }
  if (picked.provenance !== 'unofficial_translation') return null;
  if (mode === 'icon') {
    return (
      <span className="marker-icon marker-unofficial" title={t('provenance.unofficialHint')}>
        <IconLanguage size={13} aria-hidden />
        <VisuallyHidden>{t('provenance.unofficial')}</VisuallyHidden>
      </span>
    );
  }
  return <UnofficialBadge />;
}

interface LTextProps {
  value: LocalizedTextValue | null | undefined;
  /** `inline`: title-like text with a compact marker after it; `block`: a paragraph with the note below. */
  variant?: 'inline' | 'block';
  /** Render the text through this function (e.g. to highlight search terms). */
  render?: (text: string) => ReactNode;
  /** `badge` (default): a small labelled badge; `icon`: an icon-sized marker for dense secondary references. */
  marker?: 'badge' | 'icon';
  fallback?: ReactNode;
}

const needsMarker = (picked: PickedText) => picked.substituted || picked.provenance === 'unofficial_translation';

/**
 * A trilingual text in the UI language. Unofficial translations carry a visible badge; when there is no text in the
 * UI language the official text is shown with a note saying so, in its own `lang`, never silently.
 */
export function LText({ value, variant = 'inline', render, marker = 'badge', fallback }: LTextProps) {
  const lang = useLang();
  const { t } = useTranslation();
  const picked = pickText(value, lang);
  if (!picked)
    return (
      <>
        {fallback ?? (
          <Text span c="dimmed">
            {t('provenance.none')}
          </Text>
        )}
      </>
    );
  const content = render ? render(picked.text) : picked.text;
  const langAttr = picked.language !== lang ? localeTags[picked.language] : undefined;
  if (variant === 'block') {
    return (
      <Box>
        {picked.substituted ? (
          <Group gap={6} mb={4}>
            <Marker picked={picked} mode="note" />
          </Group>
        ) : null}
        <Box lang={langAttr} className="prose-text">
          {content}
        </Box>
        {!picked.substituted && picked.provenance === 'unofficial_translation' ? (
          <Group gap={6} mt={6}>
            <Marker picked={picked} mode={marker} />
          </Group>
        ) : null}
      </Box>
    );
  }
  return (
    <>
      <span lang={langAttr}>{content}</span>
      {needsMarker(picked) ? (
        <>
          {' '}
          <Marker picked={picked} mode={marker} />
        </>
      ) : null}
    </>
  );
}

/** Just the marker for a value, for layouts that place it apart from the text. */
export function ProvenanceMarker({
  value,
  mode = 'badge',
}: {
  value: LocalizedTextValue | null | undefined;
  mode?: 'badge' | 'icon' | 'note';
}) {
  const lang = useLang();
  const picked = pickText(value, lang);
  if (!picked || !needsMarker(picked)) return null;
  return <Marker picked={picked} mode={mode} />;
}

/** The text only, in the UI language (or the official text), with its lang attribute; no marker. */
export function LPlain({ value }: { value: LocalizedTextValue | null | undefined }) {
  const lang = useLang();
  const picked = pickText(value, lang);
  if (!picked) return null;
  return <span lang={picked.language !== lang ? localeTags[picked.language] : undefined}>{picked.text}</span>;
}
