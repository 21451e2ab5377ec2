import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SafeMarkdown } from '../../../src/renderer/features/notes/SafeMarkdown';

// A note's text is the coach's, but it may hold what they pasted from anywhere:
// nothing in it may run, load or navigate.

describe('a note rendered from Markdown', () => {
  it('shows formatting but drops raw HTML: no script, no image that loads, no handler', () => {
    const { container } = render(
      <SafeMarkdown text={'**bold** and _soft_\n\n<script>window.__pwned = 1</script>\n\n<img src="x" onerror="window.__pwned = 2">\n\n<b onclick="alert(1)">click</b>'} />,
    );
    expect(container.querySelector('strong')).toHaveTextContent('bold');
    expect(container.querySelector('em')).toHaveTextContent('soft');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror], [onclick]')).toBeNull();
    expect(container.innerHTML).not.toContain('__pwned');
  });

  it('never loads a Markdown image: its alt text stands in', () => {
    const { container } = render(<SafeMarkdown text={'![the whiteboard](https://tracker.example.com/p.png)'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('[image: the whiteboard]');
    expect(container.innerHTML).not.toContain('tracker.example.com');
  });

  it('keeps javascript:, data: and file: links inert and opens only https through the browser', () => {
    const { container } = render(
      <SafeMarkdown
        text={'[run](javascript:alert(1)) [data](data:text/html,<b>x</b>) [file](file:///etc/passwd) [plain](http://example.com) [talk](https://www.example.com/talk)'}
      />,
    );
    const links = [...container.querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://www.example.com/talk');
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(container.innerHTML).not.toMatch(/javascript:|data:text|file:\/\//);
    expect(container).toHaveTextContent('run data file plain talk');
  });
});
