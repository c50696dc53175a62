import { describe, expect, it } from 'vitest';
import { classifyStance, startsWithStanceWord } from './classify-stance.ts';

describe('classifyStance', () => {
  it.each([
    ['各代表团团长强调，…十分重要。', 'emphasized'],
    ['各代表团团长重申，…', 'reaffirmed'],
    ['各代表团团长注意到…成果。', 'noted'],
    ['各代表团团长支持在和平利用核能领域开展合作。', 'supported'],
    ['各代表团团长批准了《…》。', 'approved'],
    ['各方欢迎白俄罗斯共和国加入…', 'welcomed'],
    ['各代表团团长认为，…', 'considered'],
    ['各代表团团长高度评价…所做工作', 'appreciated'],
    ['各代表团团长对世界经济碎片化加剧深表关切。', 'concerned'],
    ['各代表团团长指出，…', 'pointed_out'],
    ['各代表团团长主张加快落实相关建议。', 'advocated'],
    ['各代表团团长呼吁…', 'called_for'],
    ['各国主管部门将继续制定《…》草案。', 'committed'],
    ['会议就…一系列问题通过决议。', 'decided'],
    ['各代表团团长表示将支持吉尔吉斯共和国…的工作。', 'expressed'],
  ] as const)('%s → %s', (text, stance) => {
    expect(classifyStance(text).stance).toBe(stance);
  });

  it('lists the further verbs of the paragraph in order, each once', () => {
    expect(classifyStance('各代表团团长强调，…。各代表团团长注意到…成果，表示愿继续…，注意到…')).toEqual({
      stance: 'emphasized',
      otherStances: ['noted', 'expressed'],
    });
  });

  it('counts verbs after an actor inside the paragraph and after 并', () => {
    expect(classifyStance('各代表团团长对…的决议表示欢迎，并注意到…的倡议。')).toEqual({
      stance: 'welcomed',
      otherStances: ['noted'],
    });
    expect(classifyStance('各代表团团长认为，…。上合组织成员国一贯主张保障技术自主。')).toEqual({
      stance: 'considered',
      otherStances: ['advocated'],
    });
    expect(classifyStance('白俄罗斯共和国、乌兹别克斯坦共和国重申支持…倡议，肯定各方…')).toEqual({
      stance: 'reaffirmed',
      otherStances: ['supported', 'appreciated'],
    });
  });

  it('ignores verbs inside a predicate, titles and quotations', () => {
    expect(classifyStance('各代表团团长重申愿通过支持创新产业…')).toEqual({ stance: 'reaffirmed', otherStances: [] });
    expect(classifyStance('各代表团团长认为，应以《…关于支持多边贸易体制的声明》为基础…')).toEqual({
      stance: 'considered',
      otherStances: [],
    });
    expect(classifyStance('各代表团团长强调，…十分重要，将有助于实现…目标。')).toEqual({
      stance: 'emphasized',
      otherStances: [],
    });
  });

  it('reads a paragraph without stance verbs as expressed', () => {
    expect(classifyStance('中国－吉尔吉斯斯坦－乌兹别克斯坦铁路已开工建设。')).toEqual({
      stance: 'expressed',
      otherStances: [],
    });
  });
});

describe('startsWithStanceWord', () => {
  it('recognises a verb at the start only', () => {
    expect(startsWithStanceWord('重申支持…')).toBe(true);
    expect(startsWithStanceWord('作为上合组织…')).toBe(false);
  });
});
