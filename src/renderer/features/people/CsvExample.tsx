import { EXAMPLE_ROW, EXPECTED_COLUMNS } from './import-summary';

/** The header line and one sample row of an importable CSV file, exactly as the coach would type them. */
export function CsvExample() {
  return (
    <pre className="people-example">
      <code>
        {EXPECTED_COLUMNS.join(',')}
        {'\n'}
        {EXAMPLE_ROW}
      </code>
    </pre>
  );
}
