// Colours of the written sheets ("RRGGBB"): Excel's standard good / neutral / bad styles, headers, benchmarks, tabs.

/** Excel «Плохой»: low result (доля «2» ≥ порог), status ШНОР, ухудшение. */
export const BAD_FILL = 'FFC7CE';
export const BAD_FONT = '9C0006';
/** Excel «Нейтральный»: зона риска. */
export const NEUTRAL_FILL = 'FFEB9C';
export const NEUTRAL_FONT = '9C5700';
/** Excel «Хороший»: не ШНОР, улучшение. */
export const GOOD_FILL = 'C6EFCE';
export const GOOD_FONT = '006100';
/** Нет данных / без изменений. */
export const MUTED_FILL = 'EDEDED';
export const MUTED_FONT = '595959';

/** The reader's doubts on «Параметры» (Excel «Нейтральный»: check it). */
export const DOUBT_FILL = NEUTRAL_FILL;

/** Table headers. */
export const HEADER_FILL = 'DDEBF7';
/** Section titles inside a sheet. */
export const SECTION_FONT = '1F4E79';
/** Subtitle (rule, date). */
export const SUBTITLE_FONT = '595959';
/** Benchmark rows (муниципалитет, регион) under the schools. */
export const BENCHMARK_FILL = 'F2F2F2';
export const BENCHMARK_FONT = '404040';

/** Three-colour scale for changes in p.p.: decrease (better) green, 0 white, increase (worse) red. */
export const SCALE_LOW = '63BE7B';
export const SCALE_MID = 'FFFFFF';
export const SCALE_HIGH = 'F8696B';

/** Sheet tab colours. */
export const TAB_SHNOR = 'C00000';
export const TAB_DYNAMICS = '2E75B6';
export const TAB_SUMMARY = '548235';
export const TAB_PARAMETERS = '7F7F7F';
export const TAB_CONTEXT = '7030A0';
