// The sample district's «Социальный паспорт»: invented, plausible context per school (methodology §6) for the «Контекст» sheet.
import ExcelJS from 'exceljs';

/** Малообеспеченные, многодетные, ОВЗ, родители с высшим образованием (% of pupils), сельская, численность. */
export interface SamplePassport {
  readonly name: string;
  readonly lowIncome: number;
  readonly large: number;
  readonly disabled: number;
  readonly higherEducation: number;
  readonly rural: boolean;
  readonly pupils: number;
}

/**
 * Rural schools have more low-income families and pupils with ОВЗ; the town gymnasium and lyceum many parents with higher
 * education; Берёзовская СОШ works in hard conditions with good results (a резильентная school).
 */
export const SAMPLE_PASSPORTS: readonly SamplePassport[] = [
  { name: 'Берёзовская СОШ', lowIncome: 38, large: 24, disabled: 11, higherEducation: 12, rural: true, pupils: 142 },
  { name: 'Липовская ООШ', lowIncome: 41, large: 27, disabled: 14, higherEducation: 9, rural: true, pupils: 64 },
  { name: 'Сосновская СОШ', lowIncome: 26, large: 18, disabled: 8, higherEducation: 17, rural: true, pupils: 118 },
  { name: 'СОШ № 1 п. Озёрный', lowIncome: 14, large: 11, disabled: 5, higherEducation: 34, rural: false, pupils: 610 },
  { name: 'Гимназия № 2', lowIncome: 9, large: 10, disabled: 3, higherEducation: 56, rural: false, pupils: 430 },
  { name: 'Каменская ООШ', lowIncome: 35, large: 22, disabled: 12, higherEducation: 10, rural: true, pupils: 58 },
  { name: 'Ключевская СОШ', lowIncome: 18, large: 14, disabled: 6, higherEducation: 24, rural: true, pupils: 131 },
  { name: 'Ключевская СОШ (филиал Малоключевская ООШ)', lowIncome: 33, large: 21, disabled: 9, higherEducation: 11, rural: true, pupils: 31 },
  { name: 'Лесная СОШ', lowIncome: 31, large: 19, disabled: 10, higherEducation: 14, rural: true, pupils: 104 },
  { name: 'Центр образования № 3', lowIncome: 17, large: 12, disabled: 9, higherEducation: 29, rural: false, pupils: 160 },
  { name: 'Ракитинская ООШ', lowIncome: 44, large: 29, disabled: 15, higherEducation: 7, rural: true, pupils: 71 },
  { name: 'Лицей № 5', lowIncome: 8, large: 9, disabled: 3, higherEducation: 52, rural: false, pupils: 480 },
  { name: 'Дубравинская СОШ', lowIncome: 24, large: 16, disabled: 7, higherEducation: 19, rural: true, pupils: 170 },
  { name: 'Заречная ООШ', lowIncome: 29, large: 20, disabled: 13, higherEducation: 13, rural: true, pupils: 49 },
  { name: 'Полянская СОШ им. Героя России И. И. Иванова', lowIncome: 21, large: 15, disabled: 7, higherEducation: 21, rural: true, pupils: 205 },
];

const HEADERS = [
  '№', 'Наименование ОО', 'Дети из малообеспеченных семей, %', 'Дети из многодетных семей, %', 'Обучающиеся с ОВЗ, %',
  'Родители с высшим образованием, %', 'Сельская школа', 'Численность обучающихся',
];

/** The sheet as a department keeps it: a title line, the header, a row per school (legal form in the name, «да/нет»). */
export function socialPassportSheet(wb: ExcelJS.Workbook, title: string): void {
  const ws = wb.addWorksheet('Социальный паспорт');
  ws.addRow([title]).font = { bold: true, size: 12 };
  const header = ws.addRow(HEADERS);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }; });
  SAMPLE_PASSPORTS.forEach((p, i) => {
    ws.addRow([i + 1, `МБОУ «${p.name}»`, p.lowIncome, p.large, p.disabled, p.higherEducation, p.rural ? 'да' : 'нет', p.pupils]);
  });
  ws.columns = [{ width: 5 }, { width: 44 }, ...HEADERS.slice(2).map(() => ({ width: 16 }))];
}
