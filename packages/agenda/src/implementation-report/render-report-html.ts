import type { Language, PresentedLocalizedText } from '../../../core/src/localized-text.ts';
import type { ImplementationReport, ReportInitiative } from './implementation-report-contract.ts';
import { type ReportLabels, reportLabels } from './report-labels.ts';
import { countryNameIn, formatReportDate, localeTags, pickReportText } from './report-text.ts';

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * System fonts only, so that the document is self-contained: DejaVu for Latin and Cyrillic, WenQuanYi Micro Hei
 * for Chinese (Chromium falls back per character).
 */
const styles = `
@page { size: A4; margin: 16mm 14mm 18mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Noto Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; font-size: 10pt; color: #1a2433; line-height: 1.45; }
:lang(zh) { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "DejaVu Sans", sans-serif; }
body { margin: 0; }
h1 { font-size: 18pt; color: #0d3f70; margin: 0 0 4pt; }
h2 { font-size: 13pt; color: #0d3f70; border-bottom: 1.5pt solid #0d3f70; padding-bottom: 2pt; margin: 18pt 0 8pt; break-after: avoid; }
h3 { font-size: 11pt; margin: 0 0 4pt; break-after: avoid; }
.meta { color: #4a5568; margin: 0; }
.figures { display: flex; gap: 8pt; margin: 0 0 10pt; padding: 0; list-style: none; }
.figures li { flex: 1; border: 1pt solid #cbd5e0; border-radius: 4pt; padding: 6pt 8pt; }
.figures strong { display: block; font-size: 16pt; color: #0d3f70; }
.counts { display: flex; gap: 12pt; align-items: flex-start; }
.counts table { flex: 1; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; }
th, td { text-align: start; vertical-align: top; padding: 3pt 5pt; border-bottom: 0.6pt solid #cbd5e0; }
th { background: #eef3f8; font-weight: 600; }
td.number, th.number { text-align: end; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
caption { text-align: start; padding: 2pt 0; }
tr { break-inside: avoid; }
.initiative { border: 1pt solid #cbd5e0; border-radius: 4pt; padding: 8pt 10pt; margin: 0 0 8pt; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0 0 4pt; }
.facts dt { color: #4a5568; }
.facts dd { margin: 0; }
.marker { display: inline-block; font-size: 7.5pt; border: 0.6pt solid #8a6d00; color: #6b5400; border-radius: 3pt; padding: 0 3pt; margin-inline-start: 4pt; white-space: nowrap; }
.marker.missing { border-color: #718096; color: #4a5568; }
.muted { color: #4a5568; }
.quote { font-size: 9pt; color: #2d3748; }
footer { margin-top: 18pt; font-size: 8.5pt; color: #4a5568; border-top: 0.6pt solid #cbd5e0; padding-top: 6pt; }
`;

interface Context {
  language: Language;
  labels: ReportLabels;
}

/** A trilingual text in the report's language, with the unofficial or missing-translation marker it needs. */
function localized(value: PresentedLocalizedText | null, { language, labels }: Context, fallback = ''): string {
  const picked = pickReportText(value, language);
  if (!picked) return escapeHtml(fallback);
  const shown =
    picked.language === language
      ? escapeHtml(picked.text)
      : `<span lang="${localeTags[picked.language]}">${escapeHtml(picked.text)}</span>`;
  const marker = picked.substituted
    ? `<span class="marker missing">${escapeHtml(labels.missing(picked.language))}</span>`
    : picked.provenance === 'unofficial_translation'
      ? `<span class="marker">${escapeHtml(labels.unofficial)}</span>`
      : '';
  return shown + marker;
}

const countTable = (caption: string, rows: { label: string; count: number }[], context: Context) =>
  `<table><thead><tr><th scope="col">${escapeHtml(caption)}</th><th scope="col" class="number">${escapeHtml(
    context.labels.count,
  )}</th></tr></thead><tbody>${
    rows.length === 0
      ? `<tr><td colspan="2" class="muted">${escapeHtml(context.labels.noneInPeriod)}</td></tr>`
      : rows.map((row) => `<tr><td>${escapeHtml(row.label)}</td><td class="number">${row.count}</td></tr>`).join('')
  }</tbody></table>`;

function initiativeSection(initiative: ReportInitiative, context: Context): string {
  const { labels, language } = context;
  const lead = [
    initiative.leadCountryCode ? escapeHtml(countryNameIn(initiative.leadCountryCode, language)) : '',
    initiative.leadBody ? localized(initiative.leadBody, context) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const facts: [string, string][] = [
    [
      labels.currentStage,
      escapeHtml(`${labels.stage[initiative.stage]} · ${formatReportDate(initiative.stageChangedOn, language)}`),
    ],
    [labels.topics, escapeHtml(initiative.topics.map((topic) => labels.topic[topic]).join(labels.listSeparator))],
    ...(lead ? [[labels.lead, lead] as [string, string]] : []),
    ...(initiative.dueOn
      ? [[labels.dueOn, escapeHtml(formatReportDate(initiative.dueOn, language))] as [string, string]]
      : []),
  ];
  const changes =
    initiative.stageChanges.length === 0
      ? `<p class="muted">${escapeHtml(labels.noStageChanges)}</p>`
      : `<table><caption class="muted">${escapeHtml(labels.stageChangesInPeriod)}</caption><thead><tr><th scope="col">${escapeHtml(
          labels.date,
        )}</th><th scope="col">${escapeHtml(labels.change)}</th><th scope="col">${escapeHtml(labels.basis)}</th></tr></thead><tbody>${initiative.stageChanges
          .map((change) => {
            const basis = change.statement
              ? `${localized(change.statement.meetingTitle, context)}${escapeHtml(labels.comma)}${escapeHtml(
                  labels.paragraph(change.statement.ordinal),
                )}<div class="quote">${localized(change.statement.text, context)}</div>`
              : change.reportId
                ? escapeHtml(labels.acceptedReport)
                : '';
            const note = change.note ? `<div class="quote">${escapeHtml(change.note)}</div>` : '';
            const stages = `${change.fromStage ? `${labels.stage[change.fromStage]} → ` : ''}${labels.stage[change.toStage]}`;
            return `<tr><td class="nowrap">${escapeHtml(formatReportDate(change.changedOn, language))}</td><td class="nowrap">${escapeHtml(
              stages,
            )}</td><td>${basis}${note}</td></tr>`;
          })
          .join('')}</tbody></table>`;
  return `<article class="initiative"><h3>${localized(initiative.title, context)}</h3><dl class="facts">${facts
    .map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`)
    .join('')}</dl>${changes}</article>`;
}

/**
 * The implementation report as one self-contained HTML document in its language, for the browser to print or for
 * Chromium to turn into PDF: no script, no external resource.
 */
export function renderImplementationReportHtml(report: ImplementationReport): string {
  const language = report.language;
  const labels = reportLabels[language];
  const context: Context = { language, labels };
  const period = `${formatReportDate(report.period.from, language)}${labels.rangeSeparator}${formatReportDate(report.period.to, language)}`;
  const topics =
    report.topics.length === 0
      ? labels.allTopics
      : report.topics.map((topic) => labels.topic[topic]).join(labels.listSeparator);
  const generated = new Intl.DateTimeFormat(localeTags[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(report.generatedAt));
  const { summary } = report;

  const reports =
    report.reports.length === 0
      ? `<p class="muted">${escapeHtml(labels.noneInPeriod)}</p>`
      : `<table><thead><tr>${[
          labels.country,
          labels.initiative,
          labels.reportPeriod,
          labels.status,
          labels.progress,
          labels.narrative,
        ]
          .map((label) => `<th scope="col">${escapeHtml(label)}</th>`)
          .join('')}</tr></thead><tbody>${report.reports
          .map(
            (item) =>
              `<tr><td>${escapeHtml(countryNameIn(item.countryCode, language))}</td><td>${localized(
                item.initiative.title,
                context,
              )}</td><td>${escapeHtml(
                `${formatReportDate(item.periodStart, language)}${labels.rangeSeparator}${formatReportDate(item.periodEnd, language)}`,
              )}</td><td>${escapeHtml(labels.reportStatus[item.status])}</td><td class="number">${
                item.progressPercent
              }%</td><td>${localized(item.narrative, context)}</td></tr>`,
          )
          .join('')}</tbody></table>`;

  const events =
    report.events.length === 0
      ? `<p class="muted">${escapeHtml(labels.noneInPeriod)}</p>`
      : `<table><thead><tr>${[labels.date, labels.event, labels.place, labels.format]
          .map((label) => `<th scope="col">${escapeHtml(label)}</th>`)
          .join('')}</tr></thead><tbody>${report.events
          .map((event) => {
            const start = event.start ? formatReportDate(event.start.date, language, event.start.precision) : '';
            const end =
              event.end && event.end.date !== event.start?.date
                ? `${labels.rangeSeparator}${formatReportDate(event.end.date, language, event.end.precision)}`
                : '';
            const place = event.place
              ? localized(event.place, context)
              : event.hostCountryCode
                ? escapeHtml(countryNameIn(event.hostCountryCode, language))
                : `<span class="muted">${escapeHtml(labels.notGiven)}</span>`;
            return `<tr><td>${escapeHtml(start + end)}</td><td>${localized(event.name, context)}</td><td>${place}</td><td>${escapeHtml(
              labels.eventFormat[event.format],
            )}</td></tr>`;
          })
          .join('')}</tbody></table>`;

  return `<!doctype html>
<html lang="${localeTags[language]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${labels.title} · ${period}`)}</title>
<style>${styles}</style>
</head>
<body>
<header>
<h1>${escapeHtml(labels.title)}</h1>
<p class="meta">${escapeHtml(labels.period + labels.colon + period)} · ${escapeHtml(labels.topics + labels.colon + topics)}</p>
<p class="meta">${escapeHtml(`${labels.generatedAt}${labels.colon}${generated} (UTC)`)}</p>
</header>
<main>
<section>
<h2>${escapeHtml(labels.summary)}</h2>
<ul class="figures">
<li><strong>${summary.initiatives}</strong>${escapeHtml(labels.initiativeCount)}</li>
<li><strong>${summary.stageChanges}</strong>${escapeHtml(labels.stageChangeCount)}</li>
<li><strong>${summary.reports}</strong>${escapeHtml(labels.reportCount)}</li>
<li><strong>${summary.events}</strong>${escapeHtml(labels.eventCount)}</li>
</ul>
<div class="counts">
${countTable(
  labels.byStage,
  summary.initiativesByStage.map((row) => ({
    label: labels.stage[row.value as keyof ReportLabels['stage']],
    count: row.count,
  })),
  context,
)}
${countTable(
  labels.byTopic,
  summary.initiativesByTopic.map((row) => ({
    label: labels.topic[row.value as keyof ReportLabels['topic']],
    count: row.count,
  })),
  context,
)}
${countTable(
  labels.byCountry,
  summary.reportsByCountry.map((row) => ({ label: countryNameIn(row.value, language), count: row.count })),
  context,
)}
</div>
</section>
<section>
<h2>${escapeHtml(labels.initiatives)}</h2>
${
  report.initiatives.length === 0
    ? `<p class="muted">${escapeHtml(labels.noneInPeriod)}</p>`
    : report.initiatives.map((initiative) => initiativeSection(initiative, context)).join('\n')
}
</section>
<section>
<h2>${escapeHtml(labels.memberStateReports)}</h2>
${reports}
</section>
<section>
<h2>${escapeHtml(labels.eventsHeld)}</h2>
${events}
</section>
</main>
<footer>
<p><strong>${escapeHtml(labels.sourceHeading)}.</strong> ${escapeHtml(labels.source)}</p>
<p>${escapeHtml(labels.provenance)}</p>
</footer>
</body>
</html>
`;
}
