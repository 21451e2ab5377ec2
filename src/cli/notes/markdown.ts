import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { NoteField } from '../../shared/notes';

// Notes as Markdown files, both ways: YAML front matter for where a note
// belongs, then the fields as `## ` sections. A line of text that itself
// starts with `## ` is written with a backslash in front (`\## `, which
// Markdown shows as "## "), and one backslash is taken off again on import,
// so a field's text survives the round trip.

export const DEFAULT_FIELD_LABEL = 'Notes';

export interface MarkdownNote {
  /** The front matter as parsed; null when the file has none. */
  front: Record<string, unknown> | null;
  /** The first `# ` heading before any section, when there is one (it is not kept in the fields). */
  heading: string | null;
  fields: NoteField[];
}

export class FrontMatterError extends Error {}

const FRONT = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const SECTION = /^## (.*)$/;
const ESCAPED_SECTION = /^\\+## /;

/** Blank lines at either end of a section are layout, not text. */
function trimBlankLines(lines: string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start += 1;
  while (end > start && lines[end - 1]!.trim() === '') end -= 1;
  return lines.slice(start, end).join('\n');
}

export function parseNoteMarkdown(source: string): MarkdownNote {
  const text = source.replace(/^\uFEFF/, '');
  let front: Record<string, unknown> | null = null;
  let body = text;
  const match = FRONT.exec(text);
  if (match) {
    let parsed: unknown;
    try {
      // The core schema keeps 2026-03-01 a string rather than turning it into a Date at midnight UTC.
      parsed = parseYaml(match[1]!, { schema: 'core' });
    } catch {
      throw new FrontMatterError('its front matter is not valid YAML');
    }
    if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) throw new FrontMatterError('its front matter is not a list of "key: value" lines');
    front = (parsed ?? {}) as Record<string, unknown>;
    body = text.slice(match[0].length);
  }
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let heading: string | null = null;
  const sections: { label: string; lines: string[] }[] = [{ label: DEFAULT_FIELD_LABEL, lines: [] }];
  for (const line of lines) {
    const section = SECTION.exec(line);
    if (section) {
      sections.push({ label: section[1]!.trim(), lines: [] });
      continue;
    }
    const current = sections.at(-1)!;
    if (heading === null && sections.length === 1 && current.lines.every((l) => l.trim() === '') && /^# \S/.test(line)) {
      heading = line.slice(2).trim();
      continue;
    }
    current.lines.push(ESCAPED_SECTION.test(line) ? line.slice(1) : line);
  }
  const [lead, ...rest] = sections;
  const fields: NoteField[] = [];
  const leadText = trimBlankLines(lead!.lines);
  // Text before the first section is a field of its own only when there is some (or when there are no sections at all).
  if (leadText !== '' || rest.length === 0) fields.push({ label: DEFAULT_FIELD_LABEL, text: leadText });
  for (const s of rest) fields.push({ label: s.label || DEFAULT_FIELD_LABEL, text: trimBlankLines(s.lines) });
  return { front, heading, fields };
}

const escapeLine = (line: string): string => (/^\\*## /.test(line) ? `\\${line}` : line);

export function renderNoteMarkdown(front: Record<string, unknown>, fields: readonly NoteField[]): string {
  const yaml = stringifyYaml(front, { lineWidth: 0 }).trimEnd();
  const sections = fields.map((f) => `## ${f.label}\n\n${f.text.split('\n').map(escapeLine).join('\n')}\n`);
  return `---\n${yaml}\n---\n\n${sections.join('\n')}`;
}
