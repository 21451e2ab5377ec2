import { personFiles, sharedFiles, type ExportFile, type FileOptions } from './export-files';
import type { ExportPlan, PersonExport } from './export-plan';

// A share of one export's files, as handed to a worker thread: plain data in
// (structured-clone safe: the plan holds only records, strings and Dates), the
// files out. The shares of an export are contiguous runs of exportFiles'
// order, so putting their answers end to end gives exactly its list.

export interface ExportJob {
  /** The coach's and the groups' files go with the first share, when chosen. */
  shared: Pick<ExportPlan, 'coach' | 'groups'> | null;
  people: PersonExport[];
  options: FileOptions;
}

export async function runExportJob(job: ExportJob): Promise<ExportFile[]> {
  const files = job.shared === null ? [] : sharedFiles(job.shared, job.options);
  for (const p of job.people) files.push(...(await personFiles(p, job.options)));
  return files;
}

/**
 * Cost in units of one written VEVENT: a draft (calendar, text and MIME) costs
 * about seven (measured: 0.28 ms against 0.04 ms).
 */
const DRAFT_COST = 7;

const personCost = (p: PersonExport, options: FileOptions): number =>
  (options.include.people ? p.events.length : 0) + (options.include.drafts ? DRAFT_COST * p.invitations.length : 0) + 1;

/** The export cut into at most `parts` shares of about equal cost, in exportFiles' order. */
export function splitExport(plan: Pick<ExportPlan, 'coach' | 'groups' | 'people'>, options: FileOptions, parts: number): ExportJob[] {
  const sharedCost = (options.include.coach ? plan.coach.length : 0) + (options.include.groups ? plan.groups.reduce((n, g) => n + g.events.length, 0) : 0);
  const total = sharedCost + plan.people.reduce((n, p) => n + personCost(p, options), 0);
  const jobs: ExportJob[] = [{ shared: { coach: plan.coach, groups: plan.groups }, people: [], options }];
  let spent = sharedCost;
  for (const p of plan.people) {
    // A new share starts once the ones before have their fair part of the whole.
    if (jobs.length < parts && spent >= (total * jobs.length) / parts) jobs.push({ shared: null, people: [], options });
    jobs[jobs.length - 1]!.people.push(p);
    spent += personCost(p, options);
  }
  return jobs;
}
