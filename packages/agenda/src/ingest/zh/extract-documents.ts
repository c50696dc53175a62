import type { DocumentReference } from '../types.ts';
import { chineseDatePatternSource, parseChineseDate } from './parse-dates.ts';

// What may stand in the parenthesis right after a title: （2025年6月12日，成都）, （1945年通过）, （2021年签署）.
const adoptionNote = new RegExp(`^（(${chineseDatePatternSource})(?:，([^（）]+)|通过|签署|批准)?）`);

// A resolution or declaration of another body cited by its quoted title: 通过“…”的决议.
const quotedInstrument = /“([^“”]{4,})”的?(?:决议|宣言|声明|公约)/g;

/**
 * Every document a paragraph cites by title in 《》, or by a quoted title followed by 决议/宣言/声明/公约 (how
 * Chinese texts cite resolutions of other bodies), in order of first mention, each title once. The title is the
 * text inside the outer 《》 with nested 〈〉 (or 《》) kept. A parenthesis straight after the title gives its
 * adoption date and place, or a date with 通过/签署 (adopted/signed); any other parenthesis is not adoption data.
 * Spans cover the title with its brackets and, when present, the adoption parenthesis.
 */
export function extractDocuments(options: { text: string; offset: number }): DocumentReference[] {
  const { text, offset } = options;
  const documents: DocumentReference[] = [];
  const quoted = [...text.matchAll(quotedInstrument)].map((match) => ({
    title: match[1]!,
    start: match.index,
    end: match.index + match[1]!.length + 2,
  }));
  const titles = [...findTopLevelTitles(text), ...quoted].sort((a, b) => a.start - b.start);
  for (const title of titles) {
    if (documents.some((document) => document.title === title.title)) continue;
    const note = adoptionNote.exec(text.slice(title.end));
    documents.push({
      title: title.title,
      adopted: note ? parseChineseDate(note[1]!) : null,
      place: note?.[2] ?? null,
      span: { start: offset + title.start, end: offset + title.end + (note?.[0].length ?? 0) },
    });
  }
  return documents;
}

/** Outer 《…》 pairs; `end` is the index just after the closing 》. An unclosed 《 cites nothing. */
function findTopLevelTitles(text: string): { title: string; start: number; end: number }[] {
  const titles: { title: string; start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '《') {
      if (depth === 0) start = index;
      depth += 1;
    } else if (char === '》' && depth > 0) {
      depth -= 1;
      if (depth === 0) titles.push({ title: text.slice(start + 1, index), start, end: index + 1 });
    }
  }
  return titles;
}
