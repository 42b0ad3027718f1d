// Russian words for a partner school's reason (core/partners gives the data): «лучше по: …; СОШ того же уровня; …».
import { procedureLabel } from '../core/model';
import { PartnerReason, SchoolLevel } from '../core/partners';
import { formatNumber } from './format';

const LEVEL_WORDS: Readonly<Record<SchoolLevel, string>> = { primary: 'начальная школа', basic: 'основная школа', secondary: 'средняя школа' };

/** «лучше по: ВПР-5 русский язык — 8,0 % против 45,0 %; средняя школа, как и эта; тот же муниципалитет; не ШНОР и не в зоне риска 2 года». */
export function partnerReasonText(reason: PartnerReason, year: number): string {
  if (reason.missing) return 'выбрано методистом, но такой школы нет в данных — проверьте название';
  if (reason.chosen) return 'выбрано методистом';
  const parts: string[] = [];
  if (reason.procedures.length > 0) {
    parts.push(`лучше по: ${reason.procedures.map((p) => `${procedureLabel(p.procedure)} — ${formatNumber(p.partner)} % против ${formatNumber(p.own)} %`).join(', ')}`);
  }
  if (reason.level) parts.push(reason.sameLevel ? `${LEVEL_WORDS[reason.level]}, как и эта` : `${LEVEL_WORDS[reason.level]} (уровнем выше)`);
  if (reason.sameMunicipality) parts.push(`тот же муниципалитет${reason.municipality ? ` (${reason.municipality})` : ''}`);
  parts.push(reason.stableYears === 2 ? `не ШНОР и не в зоне риска в ${year - 1} и ${year} гг.` : `не ШНОР и не в зоне риска в ${year} г.`);
  return parts.join('; ');
}
