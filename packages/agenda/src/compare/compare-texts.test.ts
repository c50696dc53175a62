import { describe, expect, it } from 'vitest';
import { compareTexts, type TextMention } from './compare-texts.ts';

const mention = (overrides: Partial<TextMention>): TextMention => ({
  kind: 'initiative',
  id: 'ini-bank',
  stage: 'noted',
  statementId: 'a-s1',
  topics: ['finance'],
  ...overrides,
});

describe('compareTexts', () => {
  it('finds new, dropped, upgraded, downgraded and unchanged items', () => {
    const items = compareTexts({
      from: [
        mention({ id: 'ini-bank', stage: 'noted' }),
        mention({ id: 'ini-fund', stage: 'supported', statementId: 'a-s2' }),
        mention({ id: 'ini-old', stage: 'noted', statementId: 'a-s3', topics: ['energy'] }),
        mention({ kind: 'document', id: 'doc-charter', stage: null, statementId: 'a-s4', topics: ['institutional'] }),
      ],
      to: [
        mention({ id: 'ini-bank', stage: 'supported', statementId: 'b-s1' }),
        mention({ id: 'ini-fund', stage: 'noted', statementId: 'b-s2' }),
        mention({ id: 'ini-atlas', stage: 'noted', statementId: 'b-s5', topics: ['agriculture'] }),
        mention({ kind: 'document', id: 'doc-charter', stage: null, statementId: 'b-s9', topics: ['institutional'] }),
      ],
    });
    expect(items.map((item) => [item.id, item.change, item.fromStage, item.toStage])).toEqual([
      ['ini-atlas', 'new', null, 'noted'],
      ['ini-bank', 'upgraded', 'noted', 'supported'],
      ['ini-fund', 'downgraded', 'supported', 'noted'],
      ['ini-old', 'dropped', 'noted', null],
      ['doc-charter', 'unchanged', null, null],
    ]);
  });

  it('judges an initiative by the strongest stage a text gives it', () => {
    const [item] = compareTexts({
      from: [mention({ stage: 'approved' }), mention({ stage: 'noted', statementId: 'a-s2' })],
      to: [mention({ stage: 'approved', statementId: 'b-s1' })],
    });
    expect(item).toMatchObject({ change: 'unchanged', fromStatementIds: ['a-s1', 'a-s2'] });
  });
});
