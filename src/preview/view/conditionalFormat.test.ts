// Tests the preview's evaluation of conditional formats: cell-value comparisons, text rules, colour scales, priority.
import { cellIsMatches, evaluateConditionalFormats, mix, textMatches } from './conditionalFormat';

describe('cellIsMatches', () => {
  it('compares numbers with each operator', () => {
    expect(cellIsMatches(30, 'greaterThanOrEqual', [30])).toBe(true);
    expect(cellIsMatches(29.9, 'greaterThanOrEqual', [30])).toBe(false);
    expect(cellIsMatches(30, 'greaterThan', [30])).toBe(false);
    expect(cellIsMatches(4, 'lessThan', [5])).toBe(true);
    expect(cellIsMatches(5, 'lessThanOrEqual', [5])).toBe(true);
    expect(cellIsMatches(27, 'between', [25, 30])).toBe(true);
    expect(cellIsMatches(31, 'between', [30, 25])).toBe(false);
    expect(cellIsMatches(31, 'notBetween', [25, 30])).toBe(true);
    expect(cellIsMatches(2, 'equal', [2])).toBe(true);
    expect(cellIsMatches(2, 'notEqual', [2])).toBe(false);
  });

  it('treats blanks as 0 and text as above every number, as Excel does', () => {
    expect(cellIsMatches(null, 'lessThan', [5])).toBe(true);
    expect(cellIsMatches('нет данных', 'greaterThanOrEqual', [30])).toBe(true);
    expect(cellIsMatches('нет данных', 'lessThan', [30])).toBe(false);
    expect(cellIsMatches('2', 'equal', [2])).toBe(false);
    expect(cellIsMatches('2', 'notEqual', [2])).toBe(true);
  });
});

describe('textMatches', () => {
  it('matches case-insensitively by operator and never matches an empty cell', () => {
    expect(textMatches('ШНОР', 'equals', 'шнор')).toBe(true);
    expect(textMatches('не ШНОР', 'equals', 'ШНОР')).toBe(false);
    expect(textMatches('не ШНОР', 'contains', 'ШНОР')).toBe(true);
    expect(textMatches('не ШНОР', 'beginsWith', 'не')).toBe(true);
    expect(textMatches('не ШНОР', 'endsWith', 'не')).toBe(false);
    expect(textMatches('вошла', 'notContains', 'вышла')).toBe(true);
    expect(textMatches(null, 'notContains', 'x')).toBe(false);
  });
});

describe('evaluateConditionalFormats', () => {
  const values = [
    ['Школа', 'Доля «2»', 'Статус'],
    ['А', 35, 'ШНОР'],
    ['Б', 10, 'не ШНОР'],
    ['В', 27, 'шнор'],
  ];

  it('colours only the cells of the range that match, with the first rule winning', () => {
    const looks = evaluateConditionalFormats(values, [
      { type: 'cellIs', range: 'B2:B4', operator: 'greaterThanOrEqual', values: [30], style: { fill: 'FFC7CE', fontColor: '9C0006' } },
      { type: 'cellIs', range: '$B$2:$B$4', operator: 'greaterThanOrEqual', values: [25], style: { fill: 'FFEB9C', bold: true } },
      { type: 'text', range: 'C2:C4', operator: 'equals', text: 'ШНОР', style: { fill: 'FFC7CE' } },
    ]);
    expect(looks.get('1,1')).toEqual({ fill: 'FFC7CE', fontColor: '9C0006', bold: true });
    expect(looks.get('3,1')).toEqual({ fill: 'FFEB9C', fontColor: undefined, bold: true });
    expect(looks.has('2,1')).toBe(false);
    expect(looks.has('0,1')).toBe(false);
    expect(looks.get('1,2')?.fill).toBe('FFC7CE');
    expect(looks.get('3,2')?.fill).toBe('FFC7CE');
    expect(looks.has('2,2')).toBe(false);
  });

  it('spreads a three-colour scale around a number midpoint', () => {
    const changes = [[-10], [0], [10], [5]];
    const looks = evaluateConditionalFormats(changes, [
      {
        type: 'colorScale',
        range: 'A1:A4',
        points: [
          { type: 'lowest', color: '63BE7B' },
          { type: 'number', value: 0, color: '#FFFFFF' },
          { type: 'highest', color: 'F8696B' },
        ],
      },
    ]);
    expect(looks.get('0,0')?.fill).toBe('63BE7B');
    expect(looks.get('1,0')?.fill).toBe('FFFFFF');
    expect(looks.get('2,0')?.fill).toBe('F8696B');
    expect(looks.get('3,0')?.fill).toBe(mix('FFFFFF', 'F8696B', 0.5));
  });

  it('spreads a two-colour scale from min to max over several areas and skips text', () => {
    const looks = evaluateConditionalFormats([[0, 'x', 100], ['—']], [
      { type: 'colorScale', range: 'A1:A2 C1', points: [{ type: 'lowest', color: 'FFFFFF' }, { type: 'highest', color: '000000' }] },
    ]);
    expect(looks.get('0,0')?.fill).toBe('FFFFFF');
    expect(looks.get('0,2')?.fill).toBe('000000');
    expect(looks.has('1,0')).toBe(false);
    expect(looks.has('0,1')).toBe(false);
  });

  it('puts a percentile midpoint at the median', () => {
    const looks = evaluateConditionalFormats([[1], [2], [9]], [
      {
        type: 'colorScale',
        range: 'A1:A3',
        points: [
          { type: 'lowest', color: '000000' },
          { type: 'percentile', value: 50, color: '808080' },
          { type: 'highest', color: 'FFFFFF' },
        ],
      },
    ]);
    expect(looks.get('1,0')?.fill).toBe('808080');
  });
});
