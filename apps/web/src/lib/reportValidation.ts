/**
 * Client-side checks mirroring the server's `reportInputSchema` (packages/agenda/src/contracts.ts), so users see
 * problems before sending. The server stays the authority; its field errors are mapped back with `serverFieldKey`.
 */

export interface ReportDraft {
  initiativeId: string;
  countryCode: string;
  periodStart: string;
  periodEnd: string;
  status: string;
  progressPercent: number;
  narrativeLanguage: string;
  narrativeText: string;
  evidenceLinks: { url: string; label: string }[];
}

/** Error keys: `initiativeId`, `periodStart`, `periodEnd`, `progressPercent`, `narrative`, `links`, `link.N.url`, `link.N.label`. */
export type ReportErrors = Record<string, string>;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const narrativeMin = 10;
export const narrativeMax = 20_000;
export const maxLinks = 20;

/** Returns message keys (under `reportForm.validation.`) per field; empty when the draft is valid. */
export function validateReport(draft: ReportDraft): ReportErrors {
  const errors: ReportErrors = {};
  if (!draft.initiativeId) errors.initiativeId = 'initiativeRequired';
  for (const field of ['periodStart', 'periodEnd'] as const) {
    if (!draft[field]) errors[field] = 'dateRequired';
    else if (!isValidIsoDate(draft[field])) errors[field] = 'dateInvalid';
  }
  if (!errors.periodStart && !errors.periodEnd && draft.periodStart > draft.periodEnd) errors.periodEnd = 'periodOrder';
  if (!Number.isInteger(draft.progressPercent) || draft.progressPercent < 0 || draft.progressPercent > 100) {
    errors.progressPercent = 'progressRange';
  }
  const text = draft.narrativeText.trim();
  if (text.length < narrativeMin) errors.narrative = 'narrativeShort';
  else if (text.length > narrativeMax) errors.narrative = 'narrativeLong';
  if (draft.evidenceLinks.length > maxLinks) errors.links = 'tooManyLinks';
  draft.evidenceLinks.forEach((link, index) => {
    const url = link.url.trim();
    if (!isHttpUrl(url)) errors[`link.${index}.url`] = 'urlInvalid';
    else if (url.length > 2000) errors[`link.${index}.url`] = 'urlLong';
    const label = link.label.trim();
    if (!label) errors[`link.${index}.label`] = 'labelRequired';
    else if (label.length > 200) errors[`link.${index}.label`] = 'labelLong';
  });
  return errors;
}

/** Maps a server problem path (`body.narrative.text`, `body.evidenceLinks.2.url`) to the form's error key. */
export function serverFieldKey(path: string): string | null {
  const parts = path.replace(/^body\.?/, '').split('.');
  const [head, second, third] = parts;
  switch (head) {
    case 'initiativeId':
    case 'periodStart':
    case 'periodEnd':
    case 'progressPercent':
      return head;
    case 'narrative':
      return 'narrative';
    case 'evidenceLinks':
      return second !== undefined && /^\d+$/.test(second) && third ? `link.${second}.${third}` : 'links';
    default:
      return null;
  }
}
