// Methodology §1: ОГЭ/ЕГЭ count first attempts of this year's graduates; retakes and ВПЛ rows and sheets are left out.
import { fold } from './text';

/** Пересдачи, дополнительный период, выпускники прошлых лет (ВПЛ) — not the main-period first attempt. */
const NOT_FIRST_ATTEMPT_RE = /пересда|дополнительн\S* (период|срок|этап)|доп\.? ?период|повторн|(^|[^а-я])впл([^а-я]|$)|прошлых лет/;

/** True when a text (title, sheet name, category cell) marks results that are not first attempts of this year's graduates. */
export function isNotFirstAttempt(text: string): boolean {
  return NOT_FIRST_ATTEMPT_RE.test(fold(text));
}
