import { describe, expect, it } from 'vitest';
import { memberCountryCodes } from '../../../../core/src/countries.ts';
import { extractActors } from './extract-actors.ts';

const delegationCountryCodes = ['BY', 'IN', 'IR', 'KZ', 'CN', 'KG', 'PK', 'RU', 'TJ', 'UZ'];
const actors = (text: string) => extractActors({ text, delegationCountryCodes });

describe('extractActors', () => {
  it('reads the heads of delegation as every attending member', () => {
    expect(actors('各代表团团长强调，…')).toEqual({
      actorKind: 'heads_of_delegation',
      actorCountryCodes: delegationCountryCodes,
    });
    expect(actors('鉴此，团长们注意到关于建立上合组织航空安全署的倡议。').actorKind).toBe('heads_of_delegation');
  });

  it('reads a leading list of states as exactly those states', () => {
    const text =
      '白俄罗斯共和国、伊朗伊斯兰共和国、哈萨克斯坦共和国、吉尔吉斯共和国、巴基斯坦伊斯兰共和国、俄罗斯联邦、塔吉克斯坦共和国、乌兹别克斯坦共和国重申支持中华人民共和国提出的共建“一带一路”倡议。';
    expect(actors(text)).toEqual({
      actorKind: 'named_states',
      actorCountryCodes: ['BY', 'IR', 'KZ', 'KG', 'PK', 'RU', 'TJ', 'UZ'],
    });
    expect(actors('中国和俄罗斯强调，…')).toEqual({ actorKind: 'named_states', actorCountryCodes: ['CN', 'RU'] });
  });

  it('does not read a state that opens a noun phrase as the actor', () => {
    expect(actors('俄罗斯联邦作为主席国取得的成果…').actorKind).toBe('heads_of_delegation');
  });

  it.each([
    ['各国主管部门将继续制定《…》草案。', 'competent_authorities', memberCountryCodes],
    ['成员国主管部门将加快制定《…》草案。', 'competent_authorities', memberCountryCodes],
    ['主管部门应采取更多措施。', 'competent_authorities', memberCountryCodes],
    ['有关成员国将根据相关路线图继续…', 'relevant_member_states', []],
    ['会议就…通过决议。', 'meeting', []],
    ['上合组织成员国政府首脑（总理）理事会下次会议将于2026年在塔吉克斯坦共和国举行。', 'meeting', []],
    ['上合组织成员国将…', 'member_states', memberCountryCodes],
  ] as const)('%s → %s', (text, actorKind, codes) => {
    expect(actors(text)).toEqual({ actorKind, actorCountryCodes: [...codes] });
  });
});
