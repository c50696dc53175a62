import { type CsvCell, csvByteOrderMark, csvRow, joinedList } from '../../../core/src/csv/csv.ts';
import type { PresentedLocalizedText } from '../../../core/src/localized-text.ts';
import { csvSourceNote } from '../exports/export-envelope.ts';
import type { ImplementationReport } from './implementation-report-contract.ts';
import { pickReportText, provenanceLabel } from './report-text.ts';

const columns = [
  'section',
  'item_id',
  'initiative_id',
  'title',
  'title_provenance',
  'stage',
  'topics',
  'country_code',
  'lead_body',
  'due_on',
  'date',
  'end_date',
  'status',
  'progress_percent',
  'count',
  'text',
  'text_provenance',
  'reference',
  'source',
] as const;

type Column = (typeof columns)[number];
type ReportRecord = Partial<Record<Column, CsvCell>>;

/**
 * The report as one CSV table in "long" form: a `section` column says what each record is (summary counts,
 * initiative, stage change, member-state report, event). `text` holds the statement behind a stage change, a
 * report's narrative or an event's place. Texts are in the report's language with their provenance; codes stay
 * codes.
 */
export function implementationReportCsv(report: ImplementationReport): string {
  const { language } = report;
  const text = (value: PresentedLocalizedText | null) => {
    const picked = pickReportText(value, language);
    return { text: picked?.text ?? null, provenance: provenanceLabel(picked) };
  };
  const records: ReportRecord[] = [
    ...report.summary.initiativesByStage.map((row) => ({
      section: 'summary_by_stage',
      stage: row.value,
      count: row.count,
    })),
    ...report.summary.initiativesByTopic.map((row) => ({
      section: 'summary_by_topic',
      topics: row.value,
      count: row.count,
    })),
    ...report.summary.reportsByCountry.map((row) => ({
      section: 'summary_by_country',
      country_code: row.value,
      count: row.count,
    })),
    ...report.initiatives.flatMap((initiative) => {
      const title = text(initiative.title);
      return [
        {
          section: 'initiative',
          item_id: initiative.id,
          initiative_id: initiative.id,
          title: title.text,
          title_provenance: title.provenance,
          stage: initiative.stage,
          topics: joinedList(initiative.topics),
          country_code: initiative.leadCountryCode,
          lead_body: initiative.leadBody ? text(initiative.leadBody).text : null,
          due_on: initiative.dueOn,
          date: initiative.stageChangedOn,
        },
        ...initiative.stageChanges.map((change) => {
          const statement = change.statement ? text(change.statement.text) : null;
          return {
            section: 'stage_change',
            item_id: change.statement?.id ?? change.reportId,
            initiative_id: initiative.id,
            title: title.text,
            title_provenance: title.provenance,
            stage: change.toStage,
            date: change.changedOn,
            text: statement?.text ?? change.note,
            text_provenance: statement?.provenance ?? null,
            reference: change.statement
              ? `${change.statement.meetingId} ¶${change.statement.ordinal}`
              : change.reportId
                ? `report ${change.reportId}`
                : null,
          };
        }),
      ];
    }),
    ...report.reports.map((item) => {
      const title = text(item.initiative.title);
      const narrative = text(item.narrative);
      return {
        section: 'report',
        item_id: item.id,
        initiative_id: item.initiative.id,
        title: title.text,
        title_provenance: title.provenance,
        country_code: item.countryCode,
        date: item.periodStart,
        end_date: item.periodEnd,
        status: item.status,
        progress_percent: item.progressPercent,
        text: narrative.text,
        text_provenance: narrative.provenance,
      };
    }),
    ...report.events.map((event) => {
      const name = text(event.name);
      const place = event.place ? text(event.place) : null;
      return {
        section: 'event',
        item_id: event.id,
        title: name.text,
        title_provenance: name.provenance,
        country_code: event.hostCountryCode,
        date: event.start?.date,
        end_date: event.end?.date,
        text: place?.text ?? null,
        text_provenance: place?.provenance ?? null,
      };
    }),
  ];
  return (
    csvByteOrderMark +
    csvRow(columns) +
    records
      .map((record) => csvRow(columns.map((column) => (column === 'source' ? csvSourceNote : record[column]))))
      .join('')
  );
}
