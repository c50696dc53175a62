import type { Language, PresentedLocalizedText } from '../../../core/src/localized-text.ts';
import { exportProvenanceNote, exportSource } from '../exports/export-envelope.ts';
import { type InitiativeStage, initiativeStages, type Topic, topics as topicOrder } from '../vocabulary.ts';
import type {
  ImplementationReport,
  ReportEvent,
  ReportInitiative,
  ReportMemberStateReport,
} from './implementation-report-contract.ts';
import { localeTags, pickReportText } from './report-text.ts';

/** A recorded stage change, traced to a statement or a report. */
export interface StageChangeRecord {
  fromStage: InitiativeStage | null;
  toStage: InitiativeStage;
  changedOn: string;
  statementId: string | null;
  reportId: string | null;
  note: string | null;
}

/** What the report is assembled from: broader than the report needs; the assembly selects. */
export interface ImplementationReportData {
  initiatives: (Omit<ReportInitiative, 'stageChanges'> & { history: StageChangeRecord[] })[];
  /** The statements stage changes are traced to. */
  statements: NonNullable<ReportInitiative['stageChanges'][number]['statement']>[];
  /** Accepted reports only. */
  reports: (Omit<ReportMemberStateReport, 'initiative'> & { initiativeId: string })[];
  /** Events with the topics of the statements that name them. */
  events: (ReportEvent & { status: 'held' | 'planned'; topics: Topic[] })[];
}

const closedStages: readonly InitiativeStage[] = ['implemented', 'withdrawn'];

/** The stage an initiative was in at the start of `date`, or null when it was not yet on the agenda. */
export function stageBefore(history: readonly StageChangeRecord[], date: string): InitiativeStage | null {
  let stage: InitiativeStage | null = null;
  for (const change of [...history].sort((a, b) => a.changedOn.localeCompare(b.changedOn))) {
    if (change.changedOn >= date) break;
    stage = change.toStage;
  }
  return stage;
}

/** The text to sort by in a language: the one the report shows. */
const sortText = (value: PresentedLocalizedText, language: Language) => pickReportText(value, language)?.text ?? '';

const counted = (values: string[], order: (a: string, b: string) => number) => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => order(a.value, b.value));
};

/**
 * The implementation report for a period: the initiatives on the agenda during it (those of the topics asked for,
 * or all), with their stage changes in the period and the statements behind them; the accepted member-state
 * reports covering part of the period; the events held in it; and summary figures.
 *
 * An initiative is on the agenda in the period when its stage changed in the period, a member state reported on it
 * for the period, or it was already on the agenda and not yet implemented or withdrawn when the period began.
 */
export function assembleImplementationReport(options: {
  data: ImplementationReportData;
  from: string;
  to: string;
  topics: Topic[];
  language: Language;
  generatedAt: Date;
}): ImplementationReport {
  const { data, from, to, language } = options;
  const inTopics = (topics: readonly string[]) =>
    options.topics.length === 0 || topics.some((topic) => options.topics.includes(topic as Topic));
  const inPeriod = (date: string) => date >= from && date <= to;
  const statementsById = new Map(data.statements.map((statement) => [statement.id, statement]));
  const reportsInPeriod = data.reports.filter((report) => report.periodStart <= to && report.periodEnd >= from);
  const reportedInitiatives = new Set(reportsInPeriod.map((report) => report.initiativeId));

  const initiatives: ReportInitiative[] = data.initiatives
    .filter((initiative) => inTopics(initiative.topics))
    .map(({ history, ...initiative }) => ({
      initiative,
      history,
      changes: history
        .filter((change) => inPeriod(change.changedOn))
        .sort((a, b) => a.changedOn.localeCompare(b.changedOn)),
    }))
    .filter(({ initiative, history, changes }) => {
      if (changes.length > 0 || reportedInitiatives.has(initiative.id)) return true;
      const stageAtStart =
        history.length > 0 ? stageBefore(history, from) : initiative.stageChangedOn < from ? initiative.stage : null;
      return stageAtStart !== null && !closedStages.includes(stageAtStart);
    })
    .map(({ initiative, changes }) => ({
      ...initiative,
      stageChanges: changes.map((change) => ({
        fromStage: change.fromStage,
        toStage: change.toStage,
        changedOn: change.changedOn,
        statement: change.statementId ? (statementsById.get(change.statementId) ?? null) : null,
        reportId: change.reportId,
        note: change.note,
      })),
    }))
    .sort(
      (a, b) =>
        initiativeStages.indexOf(a.stage) - initiativeStages.indexOf(b.stage) ||
        sortText(a.title, language).localeCompare(sortText(b.title, language), localeTags[language]) ||
        a.id.localeCompare(b.id),
    );

  const initiativeRefs = new Map(initiatives.map((initiative) => [initiative.id, initiative.title]));
  const reports: ReportMemberStateReport[] = reportsInPeriod
    .filter((report) => initiativeRefs.has(report.initiativeId))
    .map(({ initiativeId, ...report }) => ({
      ...report,
      initiative: { id: initiativeId, title: initiativeRefs.get(initiativeId)! },
    }))
    .sort(
      (a, b) =>
        a.countryCode.localeCompare(b.countryCode) ||
        a.periodStart.localeCompare(b.periodStart) ||
        a.id.localeCompare(b.id),
    );

  const events: ReportEvent[] = data.events
    .filter((event) => {
      const start = event.start?.date;
      if (event.status !== 'held' || !start) return false;
      return start <= to && (event.end?.date ?? start) >= from && inTopics(event.topics);
    })
    .sort((a, b) => a.start!.date.localeCompare(b.start!.date) || a.id.localeCompare(b.id))
    .map(({ status: _status, topics: _topics, ...event }) => event);

  const stageRank = (stage: string) => initiativeStages.indexOf(stage as InitiativeStage);
  const topicRank = (topic: string) => topicOrder.indexOf(topic as Topic);
  const byTopic = counted(
    initiatives.flatMap((initiative) => initiative.topics.filter((topic) => inTopics([topic]))),
    (a, b) => topicRank(a) - topicRank(b),
  ).sort((a, b) => b.count - a.count);

  return {
    period: { from, to },
    topics: [...options.topics].sort((a, b) => topicRank(a) - topicRank(b)),
    language,
    generatedAt: options.generatedAt.toISOString(),
    source: exportSource,
    provenanceNote: exportProvenanceNote,
    summary: {
      initiatives: initiatives.length,
      stageChanges: initiatives.reduce((sum, initiative) => sum + initiative.stageChanges.length, 0),
      reports: reports.length,
      events: events.length,
      initiativesByStage: counted(
        initiatives.map((initiative) => initiative.stage),
        (a, b) => stageRank(a) - stageRank(b),
      ),
      initiativesByTopic: byTopic,
      reportsByCountry: counted(
        reports.map((report) => report.countryCode),
        (a, b) => a.localeCompare(b),
      ).sort((a, b) => b.count - a.count),
    },
    initiatives,
    reports,
    events,
  };
}
