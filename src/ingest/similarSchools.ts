// «Возможно, одна школа»: names that differ only in the school type («Мокрушинская СОШ» / «Мокрушинская ООШ», a school
// renamed when it changed level) are not merged by the rules; they are listed for the user, who merges them by hand.
import { PossibleDuplicate, School } from '../core/model';

const TYPE_WORDS_RE = /(^|\s)(сош|оош|нош|сш|ош|школа|школы)(?=\s|$)/g;

/** The key without its school type: the part two spellings of one school share. */
function baseOf(key: string): string {
  return key.replace(TYPE_WORDS_RE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Groups of schools whose keys differ only in the school type (never a pair the user already merged): one group per
 * shared rest, so 2 000 such names make one group, not 1 999 000 pairs.
 */
export function possibleDuplicates(schools: readonly School[]): PossibleDuplicate[] {
  const byBase = new Map<string, School[]>();
  for (const s of schools) {
    const base = baseOf(s.key);
    if (base === '') continue;
    const list = byBase.get(base) ?? [];
    list.push(s);
    byBase.set(base, list);
  }
  const out: PossibleDuplicate[] = [];
  for (const list of byBase.values()) {
    if (list.length > 1) out.push({ keys: list.map((s) => s.key), names: list.map((s) => s.name) });
  }
  return out;
}
