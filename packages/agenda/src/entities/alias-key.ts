/**
 * The form under which names are compared: the same title written with other quotes, brackets, spacing, case,
 * spelling (organisation/organization, ё/е) or the SCO's long and short names gives the same key.
 */
export function aliasKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/上海合作组织/g, '上合组织')
    .replace(/shanghai cooperation organi[sz]ation/g, 'sco')
    .replace(/шанхайской организации сотрудничества|шанхайская организация сотрудничества/g, 'шос')
    .replace(/organisation/g, 'organization')
    .replace(/programme/g, 'program')
    .replace(/centre/g, 'center')
    .replace(/[《》〈〉«»“”„‟"'‘’‚`()（）[\]【】,，.。:：;；!?！？、·\-–—_/\\]/g, ' ')
    .replace(/^\s*(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})|(?<=\p{Script=Han}) (?=\d)|(?<=\d) (?=\p{Script=Han})/gu, '');
}
