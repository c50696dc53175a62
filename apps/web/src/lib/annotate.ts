import type { ExtractedFact } from '../api/types.ts';

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

/** Splits a text into non-empty lines (the communiqué's paragraphs), keeping exact offsets into the text. */
export function splitParagraphs(text: string): Paragraph[] {
  const result: Paragraph[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) result.push({ start, end, text: text.slice(start, end) });
  }
  return result;
}

export interface FactNode {
  fact: ExtractedFact;
  start: number;
  end: number;
  children: FactNode[];
}

/**
 * The facts inside [start, end) as a tree: a fact whose span lies within another's becomes its child. Spans that
 * cross another's boundary are clipped to it, so the result always nests.
 */
export function factTree(facts: readonly ExtractedFact[], start: number, end: number): FactNode[] {
  const inside = facts
    .filter((f) => f.span.start < end && f.span.end > start && f.span.end > f.span.start)
    .map((fact) => ({
      fact,
      start: Math.max(start, fact.span.start),
      end: Math.min(end, fact.span.end),
      children: [] as FactNode[],
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: FactNode[] = [];
  const stack: FactNode[] = [];
  for (const node of inside) {
    while (stack.length > 0 && node.start >= (stack[stack.length - 1]?.end ?? 0)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && node.end > parent.end) node.end = parent.end;
    if (node.end <= node.start) continue;
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

export type Piece = { kind: 'text'; start: number; end: number } | { kind: 'fact'; node: FactNode };

/** Text and fact pieces covering [start, end) in order. */
export function pieces(nodes: readonly FactNode[], start: number, end: number): Piece[] {
  const out: Piece[] = [];
  let cursor = start;
  for (const node of nodes) {
    if (node.start > cursor) out.push({ kind: 'text', start: cursor, end: node.start });
    out.push({ kind: 'fact', node });
    cursor = Math.max(cursor, node.end);
  }
  if (cursor < end) out.push({ kind: 'text', start: cursor, end });
  return out;
}
