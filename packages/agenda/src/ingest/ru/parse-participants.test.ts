import { describe, expect, it } from 'vitest';
import { parseRussianParticipant, parseRussianParticipantList } from './parse-participants.ts';

const fields = (text: string) => {
  const { span: _span, ...rest } = parseRussianParticipant({ text, offset: 0 });
  return rest;
};

describe('parseRussianParticipant', () => {
  it('reads the title before a state named in the genitive and the person after it', () => {
    expect(fields('Премьер-министр Республики Казахстан А.У.Мамин')).toEqual({
      countryCode: 'KZ',
      title: 'Премьер-министр',
      personName: 'А.У.Мамин',
      organization: null,
    });
    expect(fields('Премьер Государственного совета Китайской Народной Республики Ли Кэцян')).toEqual({
      countryCode: 'CN',
      title: 'Премьер Государственного совета',
      personName: 'Ли Кэцян',
      organization: null,
    });
    expect(fields('заместитель Премьер-министра Монголии У.Энхтувшин')).toMatchObject({
      countryCode: 'MN',
      title: 'заместитель Премьер-министра',
    });
  });

  it('reads an organisation, its officer and the person', () => {
    expect(fields('Генеральный секретарь ШОС В.И.Норов')).toEqual({
      countryCode: null,
      title: 'Генеральный секретарь',
      personName: 'В.И.Норов',
      organization: 'ШОС',
    });
    expect(
      fields('Директор Исполнительного комитета Региональной антитеррористической структуры ШОС Д.Ф.Гиёсов'),
    ).toEqual({
      countryCode: null,
      title: 'Директор',
      personName: 'Д.Ф.Гиёсов',
      organization: 'Исполнительного комитета Региональной антитеррористической структуры ШОС',
    });
    expect(fields('Генеральный секретарь ШОС Чжан Мин')).toMatchObject({ personName: 'Чжан Мин', organization: 'ШОС' });
  });

  it('drops the term of office written between the body and the person', () => {
    expect(fields('Председатель Совета Межбанковского объединения ШОС в 2018–2019 годах А.П.Оморкулов')).toEqual({
      countryCode: null,
      title: 'Председатель Совета',
      personName: 'А.П.Оморкулов',
      organization: 'Межбанковского объединения ШОС',
    });
  });

  it('keeps a qualifier of the office in the title', () => {
    expect(fields('действующий Председатель Совета Межбанковского объединения ШОС И.И.Шувалов')).toEqual({
      countryCode: null,
      title: 'действующий Председатель Совета',
      personName: 'И.И.Шувалов',
      organization: 'Межбанковского объединения ШОС',
    });
  });

  it('keeps the span of the phrase', () => {
    expect(parseRussianParticipant({ text: 'Генеральный секретарь ШОС В.И.Норов', offset: 10 }).span).toEqual({
      start: 10,
      end: 45,
    });
  });
});

describe('parseRussianParticipantList', () => {
  const rows = (text: string) =>
    parseRussianParticipantList({ text, offset: 0, role: 'guest' }).map((participant) => [
      participant.countryCode,
      participant.title,
      participant.personName,
      participant.organization,
    ]);

  it('splits at commas and at "и" before the next title', () => {
    expect(
      rows('Премьер-министр Республики Таджикистан К.Расулзода и Премьер-министр Республики Узбекистан А.Н.Арипов'),
    ).toEqual([
      ['TJ', 'Премьер-министр', 'К.Расулзода', null],
      ['UZ', 'Премьер-министр', 'А.Н.Арипов', null],
    ]);
  });

  it('splits before a qualified title and reads a non-standard genitive of a state', () => {
    expect(
      rows(
        'Министр обороны Республики Индии Р.Сингх, Председатель Совета МБО ШОС А.П.Оморкулов и действующий Председатель Совета МБО ШОС И.И.Шувалов',
      ),
    ).toEqual([
      ['IN', 'Министр обороны', 'Р.Сингх', null],
      [null, 'Председатель Совета', 'А.П.Оморкулов', 'МБО ШОС'],
      [null, 'действующий Председатель Совета', 'И.И.Шувалов', 'МБО ШОС'],
    ]);
  });

  it('keeps a title with a comma inside as one item', () => {
    expect(
      rows('заместитель Председателя Кабинета Министров, Министр иностранных дел Туркменистана Р.О.Мередов'),
    ).toEqual([['TM', 'заместитель Председателя Кабинета Министров, Министр иностранных дел', 'Р.О.Мередов', null]]);
  });

  it('gives a plural title to every body listed after it, and keeps "и" inside a body’s name', () => {
    expect(
      rows(
        'представители Исполнительного комитета Содружества Независимых Государств, Экономической и социальной комиссии ООН для Азии и Тихого океана и Секретариата Ассоциации государств Юго-Восточной Азии',
      ),
    ).toEqual([
      [null, 'представитель', null, 'Исполнительного комитета Содружества Независимых Государств'],
      [null, 'представитель', null, 'Экономической и социальной комиссии ООН для Азии и Тихого океана'],
      [null, 'представитель', null, 'Секретариата Ассоциации государств Юго-Восточной Азии'],
    ]);
  });

  it('gives every item the role asked for and its own span', () => {
    const text = 'Генеральный секретарь ШОС В.И.Норов, Председатель Правления Делового совета ШОС М.Д.Шаршекеев';
    const [first, second] = parseRussianParticipantList({ text, offset: 100, role: 'guest' });
    expect(first).toMatchObject({ role: 'guest', span: { start: 100, end: 135 } });
    expect(second).toMatchObject({
      role: 'guest',
      title: 'Председатель Правления',
      organization: 'Делового совета ШОС',
    });
    expect(text.slice(second!.span.start - 100, second!.span.end - 100)).toBe(
      'Председатель Правления Делового совета ШОС М.Д.Шаршекеев',
    );
  });
});
