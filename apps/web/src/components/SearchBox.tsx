import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A search field that reports its value after a short pause or on Enter. */
export function SearchBox({
  value,
  onSearch,
  label,
  placeholder,
  id,
}: {
  value: string;
  onSearch: (value: string) => void;
  label: string;
  placeholder?: string;
  id?: string;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const debounced = useDebouncedCallback((next: string) => onSearch(next.trim()), 400);
  return (
    <search aria-label={label}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(draft.trim());
        }}
      >
        <TextInput
          id={id}
          label={label}
          placeholder={placeholder ?? t('common.searchPlaceholder')}
          value={draft}
          type="search"
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            debounced(event.currentTarget.value);
          }}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            draft ? (
              <CloseButton
                size="sm"
                aria-label={t('common.clearSearch')}
                onClick={() => {
                  setDraft('');
                  onSearch('');
                }}
              />
            ) : null
          }
          maxLength={200}
        />
      </form>
    </search>
  );
}
