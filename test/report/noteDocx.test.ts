// The справка as .docx carries the sheet's text: every text cell of the «Справка» sheet is in the document, with the
// same non-breaking spaces; the header lines come before the title, the signature after the conclusions.
import JSZip from 'jszip';
import { columnPercents, noteDocxBytes } from '../../src/adapters/docx/noteDocx';
import { buildNote } from '../../src/report/note/buildNote';
import { buildNoteSheet } from '../../src/report/note/noteSheet';
import { makeFixture } from './fixtures';

async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  return xml.split(/<\/w:p>/).map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map((t) => t.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}

describe('the справка as .docx', () => {
  const { analysis, info } = makeFixture();
  const settings = { organ: 'Отдел образования администрации Северо-Озёрского района', addressee: 'Начальнику управления', position: 'Главный специалист', executor: 'П. П. Петрова', date: '01.12.2024' };
  const doc = buildNote(analysis, info.generatedAt, settings);

  it('has every text of the sheet, with the same non-breaking spaces', async () => {
    const paragraphs = await docxParagraphs(await noteDocxBytes(doc));
    const all = paragraphs.join('\n');
    const texts = buildNoteSheet(doc).values.flat().filter((v): v is string => typeof v === 'string' && !/^_+$/.test(v));
    expect(texts.length).toBeGreaterThan(20);
    for (const t of texts) expect(all).toContain(t.replace(/^• /, ''));
    expect(all).toMatch(/\d\u00A0%/);
    expect(all).toMatch(/\d{4}\u00A0г\./);
  });

  it('puts the organ and the addressee before the title, the signature after the conclusions', async () => {
    const paragraphs = await docxParagraphs(await noteDocxBytes(doc));
    const at = (s: string): number => paragraphs.findIndex((p) => p.includes(s));
    expect(at(settings.organ)).toBeLessThan(at('Аналитическая справка'));
    expect(at(settings.addressee)).toBeLessThan(at('Аналитическая справка'));
    expect(at(settings.position)).toBeGreaterThan(at('Выводы и предложения'));
    expect(at(settings.executor)).toBeGreaterThan(at('Выводы и предложения'));
    expect(at(settings.date)).toBeGreaterThan(at(settings.executor));
  });
});

describe('columnPercents', () => {
  it('gives each column room for its longest header word and keeps the table within the page', () => {
    const header = ['№', 'Образовательная организация', 'Критерии', 'Движение', 'Низкие результаты (доля «2»)'];
    const percents = columnPercents(header, [5, 30, 11, 12, 42]);
    expect(percents.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(100);
    // «Критерии» (8 letters) and «Движение» at ≈ 6 pt a letter on a 468 pt line: more than their 11–12 % share.
    expect(percents[2]).toBeGreaterThanOrEqual(13);
    expect(percents[3]).toBeGreaterThanOrEqual(13);
    expect(percents[1]).toBeGreaterThan(percents[0]);
  });
});
