// The аналитическая справка (methodology.md §4a) from the analysis, its sections in the order departments write
// them (./sections: header, list, district, procedures, cohorts, risk/objectivity/small samples, curators,
// conclusions, signature), then the appendices that hold the long lists. Every number comes from the analysis, the
// words from ./words; the same text goes to the sheet and to the .docx.
import { Analysis } from '../../core/results';
import { sortVerdicts } from '../shnorSheet';
import { NoteBlock, NoteDoc, NoteSettings } from './model';
import { makeContext } from './sections/context';
import { cohortsSection } from './sections/cohorts';
import { conclusionsSection } from './sections/conclusions';
import { curatorsSection } from './sections/curators';
import { districtSection } from './sections/district';
import { headerSection, noteTitle } from './sections/header';
import { listSection } from './sections/list';
import { marksSection } from './sections/marks';
import { proceduresSection } from './sections/procedures';
import { signatureSection } from './sections/signature';
import { socialSection } from './sections/social';
import { typeset } from './words';

/** Section numbers in order, whatever sections the data left out. */
function numbered(blocks: readonly NoteBlock[]): NoteBlock[] {
  let n = 0;
  return blocks.map((b) => (b.type === 'heading' ? { ...b, text: `${++n}. ${b.text.replace(/^\d+\.\s*/, '')}` } : b));
}

/** Non-breaking spaces in every text of a block (school names too). */
function typesetBlock(b: NoteBlock): NoteBlock {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
    case 'appendix':
      return { ...b, text: typeset(b.text) };
    case 'list':
      return { ...b, items: b.items.map(typeset) };
    case 'lines':
      return { ...b, lines: b.lines.map(typeset) };
    case 'signature':
      return { ...b, position: typeset(b.position), executor: typeset(b.executor) };
    case 'table':
      return { ...b, header: b.header.map(typeset), rows: b.rows.map((r) => r.map((c) => (typeof c === 'string' ? typeset(c) : c))) };
  }
}

/** The справка of the analysis; `generatedAt` dates it unless the user's settings give a date. */
export function buildNote(analysis: Analysis, generatedAt: Date, settings: NoteSettings = {}): NoteDoc {
  const y = analysis.identification.targetYear;
  const ctx = makeContext(analysis, sortVerdicts(analysis.identification.verdicts, y), settings, generatedAt);
  const main = numbered([
    ...listSection(ctx),
    ...districtSection(ctx),
    ...proceduresSection(ctx),
    ...cohortsSection(ctx),
    ...marksSection(ctx),
    ...curatorsSection(ctx),
    ...socialSection(ctx.analysis),
    ...conclusionsSection(ctx),
  ]);
  const appendices = ctx.appendices.flatMap((a): NoteBlock[] => [{ type: 'appendix', text: `Приложение ${a.number}. ${a.title}` }, ...a.blocks]);
  return {
    title: typeset(noteTitle(y)),
    blocks: [...headerSection(ctx), ...main, ...signatureSection(ctx), ...appendices].map(typesetBlock),
  };
}
