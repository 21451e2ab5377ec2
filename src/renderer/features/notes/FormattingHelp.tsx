/** A reminder of the little Markdown a note understands, folded away until asked for. */
export function FormattingHelp() {
  return (
    <details className="note-format-help">
      <summary>Formatting help</summary>
      <dl>
        <dt>
          <code>**bold**</code>
        </dt>
        <dd>bold</dd>
        <dt>
          <code>_italic_</code>
        </dt>
        <dd>italic</dd>
        <dt>
          <code>- item</code>
        </dt>
        <dd>a bulleted list (start a line with a dash)</dd>
        <dt>
          <code>1. item</code>
        </dt>
        <dd>a numbered list</dd>
        <dt>
          <code>## Heading</code>
        </dt>
        <dd>a heading inside the field</dd>
        <dt>
          <code>[a talk](https://…)</code>
        </dt>
        <dd>a link; only https links open, in your browser</dd>
      </dl>
    </details>
  );
}
