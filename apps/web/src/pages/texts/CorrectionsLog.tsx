import { Box, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../lib/countries.ts';
import { formatDate } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import { plainText } from '../../lib/localized.ts';
import type { DraftCorrection, DraftDetail } from './textsApi.ts';

/** One correction in words: what the reviewer changed, on which paragraph. */
function useDescribe(draft: DraftDetail) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : t('texts.corrections.nothing'));
  return (c: DraftCorrection): string => {
    switch (c.type) {
      case 'set_stance':
        return t('texts.corrections.setStance', { ordinal: c.ordinal, stance: t(`vocab.stance.${c.stance}`) });
      case 'set_topics':
        return t('texts.corrections.setTopics', {
          ordinal: c.ordinal,
          topics: list(c.topics.map((topic) => t(`vocab.topic.${topic}`))),
        });
      case 'set_actors':
        return t('texts.corrections.setActors', {
          ordinal: c.ordinal,
          actors: [t(`vocab.actorKind.${c.actorKind}`), ...c.countryCodes.map((code) => countryName(code, lang))].join(
            ', ',
          ),
        });
      case 'remove_fact':
        return t('texts.corrections.removeFact', {
          ordinal: c.ordinal,
          kind: t(`texts.review.markKind.${c.fact}`),
          number: c.index + 1,
        });
      case 'set_initiative_stage': {
        const initiative = draft.statements
          .find((s) => s.ordinal === c.ordinal)
          ?.initiatives.find((i) => i.index === c.index);
        return t('texts.corrections.setStage', {
          ordinal: c.ordinal,
          initiative: initiative?.title ?? `#${c.index + 1}`,
          stage: t(`vocab.stage.${c.stage}`),
        });
      }
      case 'resolve_entity': {
        const resolution = draft.resolutions.find(
          (r) => r.fact === c.fact && r.name === c.name && r.entityId === c.entityId,
        );
        const title = resolution?.existingTitle ? plainText(resolution.existingTitle, lang) : c.entityId;
        return t('texts.corrections.resolveEntity', { name: c.name, record: title });
      }
      case 'set_header': {
        const parts: string[] = [];
        if (c.place !== undefined) parts.push(t('texts.corrections.headerPlace', { place: c.place || '—' }));
        if (c.number !== undefined)
          parts.push(t('texts.corrections.headerNumber', { number: c.number === null ? '—' : c.number }));
        if (c.startDate) parts.push(t('texts.corrections.headerStart', { date: formatDate(c.startDate, lang) }));
        if (c.endDate) parts.push(t('texts.corrections.headerEnd', { date: formatDate(c.endDate, lang) }));
        if (c.format) parts.push(t('texts.corrections.headerFormat', { format: t(`vocab.eventFormat.${c.format}`) }));
        return t('texts.corrections.setHeader', { changes: list(parts) });
      }
    }
  };
}

/** The corrections made so far, in the order they apply; publishing records them with the text. */
export function CorrectionsLog({ draft }: { draft: DraftDetail }) {
  const { t } = useTranslation();
  const describe = useDescribe(draft);
  return (
    <Box component="section" aria-labelledby="corrections-title">
      <Title order={2} size="h4" id="corrections-title" mb={4}>
        {t('texts.corrections.title', { count: draft.corrections.length })}
      </Title>
      {draft.corrections.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('texts.corrections.none')}
        </Text>
      ) : (
        <ol className="corrections-log">
          {draft.corrections.map((correction, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: corrections have no id; the log only grows at its end
            <li key={index}>
              <Text size="sm">{describe(correction)}</Text>
            </li>
          ))}
        </ol>
      )}
    </Box>
  );
}
