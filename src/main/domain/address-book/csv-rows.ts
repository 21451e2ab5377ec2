import Papa from 'papaparse';
import type { ImportScheduler } from './scheduler';

// Splits CSV text into rows with papaparse, chunk by chunk, pausing the
// parser whenever the scheduler asks so a 2 MB file never holds the main
// process for long. Each row keeps the line it starts on, for messages.

export interface CsvRow {
  line: number;
  cells: string[];
  problems: string[];
}

export interface CsvRows {
  /** The first non-empty rows, up to the number asked for. */
  rows: CsvRow[];
  /** Every non-empty row in the file, kept or not. */
  total: number;
}

// Papa's own wording is for programmers; these say what the coach can fix.
const PROBLEM_TEXT: Record<string, string> = {
  MissingQuotes: 'A value opens a quote (") that is never closed, so the rest of the file may be read as one value.',
  InvalidQuotes: 'A value has a stray quote (") in it. Wrap the value in quotes and double any quote inside it.',
};

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/** Line breaks inside quoted cells: a row spans one line more for each. */
function lineBreaksIn(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    if (cell.indexOf('\n') === -1 && cell.indexOf('\r') === -1) continue;
    count += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return count;
}

/**
 * Papa reads the text a chunk at a time, so no single step walks the whole
 * file (its fast path splits everything it is given at once). Rows that run
 * past a chunk's end are carried into the next one by Papa itself.
 */
const CHUNK_CHARS = 64 * 1024;

export function readCsvRows(csv: string, keep: number, scheduler: ImportScheduler): Promise<CsvRows> {
  const text = csv.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let total = 0;
  let line = 1;

  function take(data: string[][], errors: Papa.ParseError[]): void {
    const problemsByRow = new Map<number, string[]>();
    for (const e of errors) {
      if (e.type === 'Delimiter') continue;
      const list = problemsByRow.get(e.row ?? -1) ?? [];
      list.push(PROBLEM_TEXT[e.code] ?? e.message);
      problemsByRow.set(e.row ?? -1, list);
    }
    data.forEach((cells, i) => {
      if (!isBlank(cells)) {
        total += 1;
        if (rows.length < keep) rows.push({ line, cells, problems: problemsByRow.get(i) ?? [] });
      }
      line += 1 + lineBreaksIn(cells);
    });
  }

  return new Promise<CsvRows>((resolve, reject) => {
    let failed = false;
    const fail = (err: unknown, parser: Papa.Parser) => {
      failed = true;
      parser.abort();
      reject(err);
    };
    Papa.parse<string[]>(text, {
      chunkSize: CHUNK_CHARS,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        if (failed) return;
        try {
          take(results.data, results.errors);
        } catch (err) {
          fail(err, parser);
          return;
        }
        if (scheduler.shouldYield()) {
          parser.pause();
          scheduler.yieldNow().then(
            () => parser.resume(),
            (err: unknown) => fail(err, parser),
          );
        }
      },
      complete: () => {
        if (!failed) resolve({ rows, total });
      },
    });
  });
}
