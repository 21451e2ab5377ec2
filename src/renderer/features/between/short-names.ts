// Column headings of the "who has met whom" matrix must stay narrow so eight
// members fit a 1280 px window: each member gets a short label (first name, or
// first name and initial where two share it, cut to a few letters), and the
// full name goes in the heading's accessible text.

const MAX = 7;

function cut(text: string): string {
  const letters = Array.from(text);
  return letters.length <= MAX ? text : `${letters.slice(0, MAX - 1).join('')}…`;
}

/** Short labels in the order given; different people always get different labels. */
export function shortNames(names: readonly string[]): string[] {
  const words = names.map((n) => n.trim().split(/\s+/).filter(Boolean));
  const first = words.map((w) => cut(w[0] ?? '?'));
  const withInitial = words.map((w, i) => (w.length > 1 ? `${first[i]} ${Array.from(w[w.length - 1] as string)[0]}.` : (first[i] as string)));
  const count = (list: string[], label: string) => list.filter((l) => l === label).length;
  return names.map((_, i) => {
    const plain = first[i] as string;
    if (count(first, plain) === 1) return plain;
    const initial = withInitial[i] as string;
    // Still ambiguous (two "Sam K."): number them in the given order, which is the view's member order.
    if (count(withInitial, initial) === 1) return initial;
    return `${initial} ${withInitial.slice(0, i + 1).filter((l) => l === initial).length}`;
  });
}
