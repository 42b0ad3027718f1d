// The objectivity markers of methodology.md §7 as data: id, name, origin, rule and whether one alone is strong.
import { Procedure } from '../model';

export type MarkerId = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6a' | 'P6b' | 'P7' | 'P8';

export const MARKER_IDS: readonly MarkerId[] = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6a', 'P6b', 'P7', 'P8'];

export interface MarkerDefinition {
  readonly id: MarkerId;
  /** The marker's name as the sheets write it. */
  readonly name: string;
  /** Where the indicator comes from: the ФИОКО 2019 method or the programme's own addition. */
  readonly origin: 'ФИОКО 2019' | 'методика программы';
  /** The rule in a line (the threshold words; α and n are parameters). */
  readonly rule: string;
}

export const MARKERS: readonly MarkerDefinition[] = [
  { id: 'P1', name: 'результат выше региона', origin: 'ФИОКО 2019', rule: 'доверительный интервал среднего балла целиком выше регионального; учитывается только вместе с P5 или P6b' },
  { id: 'P2', name: 'отметки не согласуются', origin: 'ФИОКО 2019', rule: 'корреляция Спирмена отметки по журналу и балла ВПР меньше 0 (сильный)' },
  { id: 'P3', name: 'резкое изменение параллели', origin: 'ФИОКО 2019', rule: 'K = S(прошлая работа)/S(эта работа) той же параллели вне Q1 − 3·IQR … Q3 + 3·IQR по школам региона (сильный)' },
  { id: 'P4', name: 'сгущение у границы «3»', origin: 'методика программы', rule: 'среди учеников с баллом c−1 и c (c — наименьший балл «3») на c больше, чем в регионе: точный биномиальный критерий' },
  { id: 'P5', name: 'избыток «5»', origin: 'ФИОКО 2019', rule: 'доля «5» выше региональной: точный биномиальный критерий' },
  { id: 'P6a', name: 'понизили выше региона', origin: 'ФИОКО 2019', rule: 'доля понизивших отметку по сравнению с журналом выше региональной: биномиальный критерий' },
  { id: 'P6b', name: 'повысили выше региона', origin: 'ФИОКО 2019', rule: 'доля повысивших отметку по сравнению с журналом выше региональной: биномиальный критерий' },
  { id: 'P7', name: 'трудные лучше лёгких', origin: 'методика программы', rule: 'на трети самых лёгких заданий ниже региона, на трети самых трудных выше; z ≥ 2,58 по разнице у учеников' },
  { id: 'P8', name: 'редкие совпадения', origin: 'методика программы', rule: '≥ 4 ученика одного варианта (балл до границы «4») с одинаковыми баллами по заданиям, которые в регионе есть не более чем у одного' },
];

const BY_ID = new Map(MARKERS.map((m) => [m.id, m]));

export function markerDefinition(id: MarkerId): MarkerDefinition {
  return BY_ID.get(id) as MarkerDefinition;
}

/** One marker alone flags the work (§7 headline): P2, P3, and P8 for русский язык («проверить» for математика). */
export function isStrongMarker(id: MarkerId, procedure: Procedure): boolean {
  return id === 'P2' || id === 'P3' || (id === 'P8' && procedure.subject === 'Русский язык');
}
