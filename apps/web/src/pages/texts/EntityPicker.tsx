import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { DocumentSummary, InitiativeSummary, ListResponse } from '../../api/types.ts';
import { useLang } from '../../lib/hooks.ts';
import { plainText } from '../../lib/localized.ts';
import type { EntityKind } from './textsApi.ts';

/**
 * Picks an existing document or initiative by searching its title (the public lists' `q`), in any language.
 * `exclude` leaves one record out (the record being merged away).
 */
export function EntityPicker({
  kind,
  value,
  onChange,
  label,
  exclude,
  error,
}: {
  kind: EntityKind;
  value: string | null;
  onChange: (id: string | null) => void;
  label: string;
  exclude?: string;
  error?: string | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const query = { q: q || undefined, limit: 20 };
  const source = useQuery({
    queryKey: kind === 'document' ? keys.documents(query) : keys.initiatives(query),
    queryFn: ({ signal }) => api.get<ListResponse<DocumentSummary | InitiativeSummary>>(`/${kind}s`, query, signal),
    placeholderData: keepPreviousData,
  });
  const items = (source.data?.items ?? []).filter((item) => item.id !== exclude);
  const data = items.map((item) => ({ value: item.id, label: plainText(item.title, lang) || item.id }));
  return (
    <Select
      label={label}
      placeholder={t('texts.picker.placeholder')}
      description={t(`texts.picker.hint.${kind}`)}
      searchable
      clearable
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already searched; filtering again by the label would hide matches in other languages.
      filter={({ options }) => options}
      data={data}
      nothingFoundMessage={source.isFetching ? t('common.loading') : t('texts.picker.nothing')}
      error={error}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
