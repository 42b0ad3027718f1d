// buildReport: the four sheets in order, deterministic plain data, well-formed ranges for any analysis, text stays text.
import fc from 'fast-check';
import { Procedure, ResultRecord, procedureLabel } from '../../src/core/model';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { Analysis, Status, Verdict } from '../../src/core/results';
import { rangeA1 } from '../../src/report/a1';
import { buildReport } from '../../src/report/buildReport';
import { COUNTED, HYPERLINK_NAME, OGE_MA, PREV, VPR5_MA, VPR5_RU, VPR7_MA, Y, dynamicsRowsFrom, emptyAnalysis, makeFixture, makeInfo, rec, verdict } from './fixtures';
import { formulaLikeStrings, integrityProblems, rowWhere, valueAt } from './sheetHelpers';

describe('buildReport', () => {
  const { analysis, info } = makeFixture();
  const model = buildReport(analysis, info);

  it('writes ШНОР Y, Динамика, Когорты, Сводка, Рейтинг, Параметры, Справка in this order', () => {
    expect(model.sheets.map((s) => [s.kind, s.name])).toEqual([
      ['shnor', 'ШНОР 2024'], ['dynamics', 'Динамика'], ['dynamics', 'Когорты'], ['summary', 'Сводка'], ['rating', 'Рейтинг'], ['parameters', 'Параметры'], ['note', 'Справка'],
    ]);
  });

  it('is deterministic plain data', () => {
    expect(buildReport(analysis, info)).toEqual(model);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('has only well-formed ranges inside the values grid', () => {
    for (const sheet of model.sheets) expect([sheet.name, integrityProblems(sheet)]).toEqual([sheet.name, []]);
    for (const sheet of buildReport(emptyAnalysis(), makeInfo([])).sheets) expect([sheet.name, integrityProblems(sheet)]).toEqual([sheet.name, []]);
  });

  it('writes no text starting with "=" except what came from the data', () => {
    const fromData = new Set([HYPERLINK_NAME]);
    for (const sheet of model.sheets) for (const s of formulaLikeStrings(sheet)) expect(fromData.has(s)).toBe(true);
    expect(model.sheets.flatMap(formulaLikeStrings)).toContain(HYPERLINK_NAME);
  });

  const procedures: readonly Procedure[] = [VPR5_RU, VPR5_MA, OGE_MA, VPR7_MA];
  const statuses: readonly Status[] = ['shnor', 'risk', 'ok', 'no_data'];
  const schoolArb = fc.record({
    name: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('=SUM(A1)', '+7', '-1', '@x')),
    status: fc.constantFrom(...statuses),
    shares: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(Y, PREV, Y - 2), fc.double({ min: 0, max: 100, noNaN: true })), { maxLength: 6 }),
  });

  it('keeps every range valid and every school name as given, for any analysis (property)', () => {
    fc.assert(
      fc.property(fc.array(schoolArb, { maxLength: 8 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 10, max: 60 }), (schools, procCount, threshold) => {
        const counted = procedures.slice(0, procCount).filter((p) => p !== VPR7_MA);
        const names = new Map(schools.map((s, i) => [`s${i}`, s.name]));
        const results: ResultRecord[] = [];
        const verdicts: Verdict[] = schools.map((s, i) => {
          const seen = new Set<string>();
          for (const [p, year, share] of s.shares) {
            const key = `${p}|${year}`;
            if (seen.has(key)) continue;
            seen.add(key);
            results.push(rec(`s${i}`, year, procedures[p], share));
          }
          const low = results.filter((r) => r.schoolKey === `s${i}` && r.share2 >= threshold && r.year >= PREV);
          return verdict({ schoolKey: `s${i}`, name: s.name, status: s.status, low, explanation: `Пояснение ${i}` });
        });
        const a: Analysis = {
          dataset: { schools: [], results, aggregates: [], officialLists: [], warnings: [] },
          identification: { targetYear: Y, previousYear: PREV, parameters: { ...DEFAULT_PARAMETERS, threshold }, procedures: counted, verdicts },
          dynamics: { rows: dynamicsRowsFrom(results, names), cohorts: [], benchmarks: [], counts: [], ranking: [] },
          years: [...new Set(results.map((r) => r.year))],
        };
        const report = buildReport(a, makeInfo([]));
        for (const sheet of report.sheets) expect(integrityProblems(sheet)).toEqual([]);
        const shnor = report.sheets[0];
        const header = rowWhere(shnor, 1, '№');
        const written = shnor.values.slice(header, header + schools.length).map((r) => r[1]);
        expect([...written].sort()).toEqual(schools.map((s) => s.name).sort());
        const allowed = new Set(schools.map((s) => s.name));
        for (const sheet of report.sheets) for (const s of formulaLikeStrings(sheet)) expect(allowed.has(s)).toBe(true);
        // Counted procedures with a number in Y or Y−1 get two columns each, in the order of the set, after the
        // seven columns of the compact (printed) list.
        const shown = counted.filter((p) => results.some((r) => r.procedure === p && (r.year === Y || r.year === PREV)));
        expect(shnor.values[header - 1].slice(7, 7 + 2 * shown.length)).toEqual(
          shown.flatMap((p) => [`${procedureLabel(p)} ${Y}`, `${procedureLabel(p)} ${PREV}`]),
        );
        if (schools.length > 0 && shown.length > 0) {
          const area = rangeA1(header + 1, 8, header + schools.length, 7 + 2 * shown.length);
          expect(shnor.conditionalFormats).toContainEqual(expect.objectContaining({ type: 'cellIs', range: area, values: [threshold] }));
        }
        expect(valueAt(shnor, header, 8 + 2 * shown.length)).toBe(`Низких в ${Y}`);
      }),
      { numRuns: 150 },
    );
  });

  it('gives every counted procedure two columns in the ШНОР sheet', () => {
    const header = rowWhere(model.sheets[0], 1, '№');
    expect(model.sheets[0].values[header - 1]).toHaveLength(7 + 2 * COUNTED.length + 4);
  });
});
