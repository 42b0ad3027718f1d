// Russian number formatting for explanations: decimal comma, one decimal for shares, plural forms.

/** A share in percent with one decimal and a decimal comma: 41.666 → "41,7 %". */
export function formatPercent(n: number): string {
  return `${formatFixed(n, 1)} %`;
}

/** A number with at most one decimal, trailing zero dropped: 30 → "30", 27.5 → "27,5". */
export function formatNumber(n: number): string {
  const text = formatFixed(n, 1);
  return text.endsWith(',0') ? text.slice(0, -2) : text;
}

function formatFixed(n: number, digits: number): string {
  const text = n.toFixed(digits);
  const unsigned = text.startsWith('-') && Number(text) === 0 ? text.slice(1) : text;
  return unsigned.replace('.', ',');
}

/** Russian plural: pluralRu(1, 'участник', 'участника', 'участников') → 'участник'; 4 → 'участника'; 5 → 'участников'. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/**
 * Names in «» joined for one line, at most `shown` of them: «А» и «Б»; «А», «Б», «В» и ещё 1 997 (a group of
 * 2 000 names stays one short line).
 */
export function quotedNames(names: readonly string[], shown: number): string {
  const head = names.slice(0, Math.max(1, shown)).map((n) => `«${n}»`);
  const rest = names.length - head.length;
  if (rest > 0) return `${head.join(', ')} и ещё ${formatCount(rest)}`;
  return head.length <= 1 ? head.join('') : `${head.slice(0, -1).join(', ')} и ${head[head.length - 1]}`;
}

/** A whole number with thin groups of thousands, as Russian text writes them: 1999 → "1 999". */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
