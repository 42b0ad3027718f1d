// Writes the bundled sample workbook: an invented district, 2022–2024, in every input layout with real-life quirks.
import ExcelJS from 'exceljs';
import { socialPassportSheet } from './socialPassport';
import { DISTRICT, REGION, SAMPLE_SCHOOLS, SAMPLE_YEARS, SampleResult, SampleSchool, sampleResult, seededRandom } from './district';

type Kind = 'ВПР' | 'ОГЭ' | 'ЕГЭ';
interface Slot { readonly kind: Kind; readonly grade: number; readonly subject: string }

const RUS = 'Русский язык';
const MATH = 'Математика';
const VPR_SLOTS: readonly Slot[] = [4, 5, 6, 7, 8].flatMap((grade) => [RUS, MATH].map((subject) => ({ kind: 'ВПР' as const, grade, subject })));
const OGE_SLOTS: readonly Slot[] = [RUS, MATH].map((subject) => ({ kind: 'ОГЭ' as const, grade: 9, subject }));
const EGE_SLOTS: readonly Slot[] = [RUS, 'Математика (базовая)', 'Математика (профильная)'].map((subject) => ({ kind: 'ЕГЭ' as const, grade: 11, subject }));

/** Results of every school × year × procedure, generated once so every sheet agrees with the others. */
class SampleData {
  private readonly table = new Map<string, SampleResult>();
  constructor() {
    const random = seededRandom(20241123);
    SAMPLE_YEARS.forEach((year, yi) => {
      for (const school of SAMPLE_SCHOOLS) {
        for (const slot of [...VPR_SLOTS, ...OGE_SLOTS, ...(school.senior ? EGE_SLOTS : [])]) {
          const offset = slot.kind === 'ЕГЭ' ? -6 : slot.subject === MATH ? 2 : -1;
          this.table.set(SampleData.key(school, year, slot), sampleResult(random, school, yi, offset));
        }
      }
    });
  }
  static key(school: SampleSchool, year: number, slot: Slot): string {
    return `${school.code}|${year}|${slot.kind}|${slot.grade}|${slot.subject}`;
  }
  get(school: SampleSchool, year: number, slot: Slot): SampleResult | undefined {
    return this.table.get(SampleData.key(school, year, slot));
  }
  /** District benchmark: participant-weighted доля «2». */
  district(year: number, slot: Slot): { participants: number; share2: number } {
    let n = 0;
    let twos = 0;
    for (const school of SAMPLE_SCHOOLS) {
      const r = this.get(school, year, slot);
      if (!r) continue;
      n += r.participants;
      twos += (r.share2 * r.participants) / 100;
    }
    return { participants: n, share2: n ? Math.round((twos / n) * 10000) / 100 : 0 };
  }
}

/** "16,67": the decimal comma real sheets often hold as text. */
const commaText = (n: number): string => String(n).replace('.', ',');

function title(ws: ExcelJS.Worksheet, text: string): void {
  ws.addRow([text]).font = { bold: true, size: 12 };
}

function header(ws: ExcelJS.Worksheet, values: readonly string[]): ExcelJS.Row {
  const row = ws.addRow([...values]);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'middle' };
  row.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }; });
  return row;
}

/** Layout 1: the long table the statistician kept for 2022–2023, with every spelling the department used. */
function longSheet(wb: ExcelJS.Workbook, data: SampleData): void {
  const ws = wb.addWorksheet('Результаты 2022–2023');
  title(ws, `Результаты оценочных процедур, ${DISTRICT}, 2022–2023 гг.`);
  ws.addRow([]);
  header(ws, ['Год', 'ОО', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2», %', 'Доля «4» и «5», %', 'Понизили, %']);
  let row = 0;
  for (const year of [2022, 2023]) {
    for (const school of SAMPLE_SCHOOLS) {
      for (const slot of [...VPR_SLOTS, ...OGE_SLOTS, ...EGE_SLOTS]) {
        const r = data.get(school, year, slot);
        if (!r) continue;
        row++;
        const gia = slot.kind !== 'ВПР';
        const yearCell = gia ? (slot.kind === 'ЕГЭ' ? `${year - 1}–${String(year).slice(2)} уч. год` : `${year - 1}/${year}`) : year;
        const name = gia ? `МБОУ «${school.name}»` : row % 7 === 0 ? `${school.name} ` : school.name;
        const share2: number | string = row % 5 === 0 ? commaText(r.share2) : r.share2;
        ws.addRow([yearCell, name, slot.kind, slot.grade, slot.subject, r.participants, share2, gia ? null : r.share45, gia ? null : r.lowered]);
      }
    }
    for (const slot of [...VPR_SLOTS, ...OGE_SLOTS]) {
      const d = data.district(year, slot);
      ws.addRow([year, DISTRICT, slot.kind, slot.grade, slot.subject, d.participants, d.share2, null, null]).font = { italic: true };
    }
  }
  ws.addRow([]);
  ws.addRow(['Итого', null, null, null, null, null, null, null, null]);
  ws.addRow(['Примечание: ГИА — основной период, выпускники текущего года; ВПР — весенняя сессия.']);
  ws.columns = [{ width: 12 }, { width: 44 }, { width: 10 }, { width: 7 }, { width: 24 }, { width: 12 }, { width: 12 }, { width: 14 }, { width: 12 }];
}

/** Layout 2: ВПР 2024 by grade, a block of subject rows under each school's name. */
function schoolBlocksSheet(wb: ExcelJS.Workbook, data: SampleData, grade: number): void {
  const ws = wb.addWorksheet(`ВПР ${grade} кл 2024`);
  title(ws, `ВПР 2024, ${grade} класс: статистика по отметкам (в %)`);
  header(ws, ['Предметы', 'Количество учащихся', 'Доля учащихся, получивших «2»', 'Доля учащихся, получивших «4» и «5»', 'Доля учащихся, понизивших результат']);
  SAMPLE_SCHOOLS.forEach((school, i) => {
    // One school is spelled with е for ё, another with Latin look-alike letters, as in real sheets.
    const name = i === 0 ? school.name.replace('ё', 'е') : i === 2 ? school.name.replace('СОШ', 'COШ') : school.name;
    ws.addRow([name]).font = { bold: true };
    for (const subject of [RUS, MATH]) {
      const r = data.get(school, 2024, { kind: 'ВПР', grade, subject });
      if (!r) continue;
      const bad = grade === 6 && i === 13 && subject === MATH;
      ws.addRow([subject, r.participants, bad ? '1З,5' : commaText(r.share2), commaText(r.share45), commaText(r.lowered)]);
    }
  });
  for (const [name, level] of [[DISTRICT, 'district'], [REGION, 'region']] as const) {
    ws.addRow([name]).font = { bold: true, italic: true };
    for (const subject of [RUS, MATH]) {
      const d = data.district(2024, { kind: 'ВПР', grade, subject });
      const share = level === 'district' ? d.share2 : Math.round(d.share2 * 0.9 * 100) / 100;
      ws.addRow([subject, null, commaText(share), null, level === 'region' ? '24,6' : null]);
    }
  }
  ws.columns = [{ width: 44 }, { width: 14 }, { width: 18 }, { width: 18 }, { width: 18 }];
}

/** Layout 3: доля «2» 2024 per school as a grade × subject block (ВПР 5–8 and ОГЭ). */
function gradeSubjectSheet(wb: ExcelJS.Workbook, data: SampleData): void {
  const ws = wb.addWorksheet('Доля 2 по ОО 2024');
  title(ws, 'Доля учащихся (в %), получивших отметку «2» на ВПР и ОГЭ в 2024 году');
  for (const school of SAMPLE_SCHOOLS) {
    ws.addRow([`МБОУ "${school.name}"`]).font = { bold: true };
    header(ws, ['Класс', RUS, MATH]);
    for (const grade of [5, 6, 7, 8]) {
      const cells = [RUS, MATH].map((subject) => data.get(school, 2024, { kind: 'ВПР', grade, subject })?.share2 ?? '-');
      ws.addRow([grade, ...cells]);
    }
    const oge = [RUS, MATH].map((subject) => data.get(school, 2024, { kind: 'ОГЭ', grade: 9, subject })?.share2 ?? 'н/д');
    ws.addRow(['ОГЭ', ...oge]);
  }
  ws.columns = [{ width: 44 }, { width: 16 }, { width: 16 }];
}

/** Layout 4: wide tables with two-row merged headers (ОГЭ as fractions formatted %, ЕГЭ as "12,5 %" text). */
function wideSheet(wb: ExcelJS.Workbook, data: SampleData, kind: 'ОГЭ' | 'ЕГЭ'): void {
  const slots = kind === 'ОГЭ' ? OGE_SLOTS : EGE_SLOTS;
  const ws = wb.addWorksheet(`${kind} 2024`);
  title(ws, `Результаты ${kind} 2024 (основной период, выпускники текущего года)`);
  const top = ['№', 'Наименование ОО', ...slots.flatMap((s) => [s.subject, s.subject, s.subject])];
  const sub = ['№', 'Наименование ОО', ...slots.flatMap(() => ['Сдавали', 'Не преодолели мин. порог, %', 'Качество знаний, %'])];
  header(ws, top);
  header(ws, sub);
  ws.mergeCells('A2:A3');
  ws.mergeCells('B2:B3');
  slots.forEach((_, i) => ws.mergeCells(2, 3 + i * 3, 2, 5 + i * 3));
  let n = 0;
  for (const school of SAMPLE_SCHOOLS) {
    const results = slots.map((s) => data.get(school, 2024, s));
    if (results.every((r) => !r)) continue;
    n++;
    const cells = results.flatMap((r) => {
      if (!r) return [null, null, null];
      return kind === 'ОГЭ' ? [r.participants, Math.round(r.share2 * 100) / 10000, Math.round(r.share45 * 100) / 10000] : [r.participants, `${commaText(r.share2)} %`, `${commaText(r.share45)} %`];
    });
    const row = ws.addRow([n, `МБОУ ${school.name}${n % 4 === 0 ? ' ' : ''}`, ...cells]);
    if (kind === 'ОГЭ') slots.forEach((_, i) => { row.getCell(4 + i * 3).numFmt = '0.0%'; row.getCell(5 + i * 3).numFmt = '0.0%'; });
  }
  ws.columns = [{ width: 5 }, { width: 44 }, ...slots.flatMap(() => [{ width: 10 }, { width: 14 }, { width: 12 }])];
}

/** Layout 5: a ФИС ОКО export for ВПР-4 математика 2024 with its «Сравнение с журналом» companion. */
function fisOkoSheets(wb: ExcelJS.Workbook, data: SampleData): void {
  const slot: Slot = { kind: 'ВПР', grade: 4, subject: MATH };
  const ws = wb.addWorksheet('Статистика по отметкам');
  ['Всероссийские проверочные работы 2024 (4 класс)', `Предмет: ${MATH}`, 'Статистика по отметкам', 'Максимальный первичный балл: 20', ''].forEach((t) => ws.addRow([t]));
  header(ws, ['Группы участников', 'Кол-во ОО', 'Кол-во участников', 'Распределение групп баллов в %', '', '', '']);
  ws.mergeCells('D6:G6');
  header(ws, ['', '', '', '2', '3', '4', '5']);
  const d = data.district(2024, slot);
  ws.addRow(['Вся выборка', 33211, 1372334, 11.24, 38.1, 36.3, 14.36]);
  ws.addRow(['Ивановская обл.', 402, 14220, 10.9, 39.8, 36.1, 13.2]);
  ws.addRow([DISTRICT, SAMPLE_SCHOOLS.length, d.participants, d.share2, 40.1, 34.2, Math.round((100 - d.share2 - 74.3) * 100) / 100]);
  for (const school of SAMPLE_SCHOOLS) {
    const r = data.get(school, 2024, slot);
    if (r) ws.addRow([`(${school.code}) МБОУ "${school.name}"`, 1, r.participants, ...r.marks]);
  }
  ws.columns = [{ width: 56 }, { width: 10 }, { width: 14 }, { width: 8 }, { width: 8 }, { width: 8 }, { width: 8 }];
  const cmp = wb.addWorksheet('Сравнение с журналом');
  cmp.addRow(['Сравнение отметок с отметками по журналу']).font = { bold: true };
  header(cmp, ['Группы участников', 'Понизили (Отм. < Отм. по журналу) %', 'Подтвердили (Отм. = Отм. по журналу) %', 'Повысили (Отм. > Отм. по журналу) %']);
  cmp.addRow(['Ивановская обл.', 24.6, 71.2, 4.2]);
  for (const school of SAMPLE_SCHOOLS) {
    const r = data.get(school, 2024, slot);
    if (!r) continue;
    const confirmed = Math.round((100 - r.lowered - 3) * 100) / 100;
    cmp.addRow([`(${school.code}) МБОУ "${school.name}"`, r.lowered, confirmed, Math.round((100 - r.lowered - confirmed) * 100) / 100]);
  }
  cmp.columns = [{ width: 56 }, { width: 18 }, { width: 18 }, { width: 18 }];
}

/** Builds the whole sample workbook in memory. */
export async function sampleWorkbookBytes(): Promise<Uint8Array> {
  const data = new SampleData();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Отдел образования (пример)';
  wb.created = new Date('2024-10-01T09:00:00Z');
  wb.modified = wb.created;
  longSheet(wb, data);
  schoolBlocksSheet(wb, data, 5);
  schoolBlocksSheet(wb, data, 6);
  gradeSubjectSheet(wb, data);
  wideSheet(wb, data, 'ОГЭ');
  wideSheet(wb, data, 'ЕГЭ');
  fisOkoSheets(wb, data);
  socialPassportSheet(wb, `Социальный паспорт школ: ${DISTRICT}, 2023/2024 учебный год`);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
