// Section 9 of the справка (§4a): position, signature line, executor and date from the fields the user filled once;
// blank lines to sign by hand where a field is empty.
import { formatDate } from '../../format';
import { NoteBlock } from '../model';
import { NoteContext } from './context';

const BLANK = '____________________';

export function signatureSection(ctx: NoteContext): NoteBlock[] {
  const { settings } = ctx;
  return [{
    type: 'signature',
    position: settings.position ?? BLANK,
    executor: settings.executor ?? BLANK,
    date: settings.date ?? formatDate(ctx.generatedAt),
  }];
}
