import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

// A note's Markdown, shown without any way for its text to run code or reach
// the network: raw HTML is dropped (skipHtml, and no rehype-raw), images are
// never loaded (their alt text is shown instead), and only https links become
// links. Those open the way every external link does: target=_blank goes to
// main's window-open handler, which hands an allowed https address to the
// system browser and refuses anything else (main/shell/external-links.ts).

/** The only links a note may open: the ones main would hand to the browser anyway. */
export function isOpenableLink(href: string | null | undefined): href is string {
  if (!href) return false;
  try {
    return new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
}

const components: Components = {
  a: ({ href, children }) =>
    isOpenableLink(href) ? (
      <a href={href} target="_blank" rel="noopener noreferrer" className="note-md__link">
        {children}
      </a>
    ) : (
      // A link the app would not open is shown as its text, so nothing clickable leads nowhere (or somewhere worse).
      <span className="note-md__inert-link" title={href ? `Not opened: ${href}` : undefined}>
        {children}
      </span>
    ),
  img: ({ alt }) => <span className="note-md__image">[image{alt ? `: ${alt}` : ''}]</span>,
};

/** Every URL passes through here first; anything but https becomes empty, whatever element carries it. */
function keepHttpsOnly(url: string): string {
  return isOpenableLink(url) ? url : '';
}

export function SafeMarkdown({ text }: { text: string }) {
  return (
    <div className="note-md">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={components} urlTransform={keepHttpsOnly}>
        {text}
      </Markdown>
    </div>
  );
}
