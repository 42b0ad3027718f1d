// Russian words for a curator's reason and for a ШНОР left without one (core/partners gives the data), one line each.
import { CuratorGap, PartnerReason } from '../core/partners';
import { pluralRu } from '../core/format';
import { formatNumber } from './format';
import { procedureAbbrev } from './labels';

const NBSP = '\u00a0';

/** Procedures named with their shares in a reason; the others are counted. */
const SHOWN = 2;

function percent(value: number): string {
  return `${formatNumber(value)}${NBSP}%`;
}

/** «лучше по ВПР-5 рус. (2,1 % против 33,3 %) и ОГЭ мат. (8 % против 35 %); тот же муниципалитет; стабильна 2 года». */
export function partnerReasonText(reason: PartnerReason, year: number): string {
  if (reason.missing) return 'выбрано методистом, но такой школы нет в данных — проверьте название';
  if (reason.chosen) return 'выбрано методистом';
  const parts: string[] = [];
  if (reason.procedures.length > 0) {
    // One line: two procedures with their shares, the rest counted.
    const shares = reason.procedures.slice(0, SHOWN).map((p) => `${procedureAbbrev(p.procedure)} (${percent(p.partner)} против ${percent(p.own)})`);
    const rest = reason.procedures.length - shares.length;
    const listed = rest > 0
      ? `${shares.join(', ')} и ещё ${rest} ${pluralRu(rest, 'процедуре', 'процедурам', 'процедурам')}`
      : shares.length > 1 ? `${shares.slice(0, -1).join(', ')} и ${shares[shares.length - 1]}` : shares[0];
    parts.push(`лучше по ${listed}`);
  }
  if (reason.level && !reason.sameLevel) parts.push('уровнем выше');
  if (reason.sameMunicipality) parts.push('тот же муниципалитет');
  if (reason.resilient) parts.push('резильентная: ШНСУ, результаты лучше ожидаемого');
  parts.push(reason.stableYears === 2 ? `стабильна 2${NBSP}года (${year - 1}–${year})` : `стабильна в ${year}${NBSP}г.`);
  return parts.join('; ');
}

/** Why a ШНОР has no curator, in one line. */
export function curatorGapText(gap: CuratorGap, load: number): string {
  switch (gap.reason) {
    case 'no_low_results':
      return 'нет низких результатов, по которым сравнить';
    case 'no_candidate':
      return 'нет стабильной школы того же уровня и муниципалитета, лучшей во всех её низких процедурах';
    case 'all_busy':
      return gap.candidates === 1
        ? `единственная подходящая школа уже курирует ${load}${NBSP}ШНОР (предел нагрузки)`
        : `все ${gap.candidates} ${pluralRu(gap.candidates, 'подходящая школа', 'подходящие школы', 'подходящих школ')} уже курируют по ${load}${NBSP}ШНОР (предел нагрузки)`;
  }
}
