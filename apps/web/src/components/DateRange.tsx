import { Group, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Two native date inputs (no date-picker dependency; every browser gives a localized picker). */
export function DateRange({
  from,
  to,
  onChange,
  legend,
  idPrefix,
  size = 'sm',
  stacked = false,
}: {
  from: string;
  to: string;
  onChange: (from: string, to: string) => void;
  legend: string;
  idPrefix: string;
  size?: 'xs' | 'sm';
  /** One input under the other (narrow side panels). */
  stacked?: boolean;
}) {
  const { t } = useTranslation();
  const prefix = (text: string) => (
    <Text span size="xs" c="dimmed" fw={600} aria-hidden>
      {text}
    </Text>
  );
  return (
    <fieldset className="plain-fieldset">
      <legend className="field-legend">{legend}</legend>
      <Group gap="xs" wrap="wrap" className={stacked ? 'date-range date-range-stacked' : 'date-range'}>
        <TextInput
          id={`${idPrefix}-from`}
          type="date"
          size={size}
          aria-label={`${legend}: ${t('common.from')}`}
          leftSection={prefix(t('common.from'))}
          leftSectionWidth={42}
          value={from}
          max={to || undefined}
          onChange={(event) => onChange(event.currentTarget.value, to)}
          miw={0}
        />
        <TextInput
          id={`${idPrefix}-to`}
          type="date"
          size={size}
          aria-label={`${legend}: ${t('common.to')}`}
          leftSection={prefix(t('common.to'))}
          leftSectionWidth={42}
          value={to}
          min={from || undefined}
          onChange={(event) => onChange(from, event.currentTarget.value)}
          miw={0}
        />
      </Group>
    </fieldset>
  );
}
