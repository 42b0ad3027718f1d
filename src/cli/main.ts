// Entry of the `shnor` command line: dispatches analyze / sample / help and maps errors to exit codes.
import path from 'path';
import { UsageError, parseAnalyzeArgs } from './args';
import { CliIO, DataError, runAnalyze } from './analyzeCommand';
import { sampleWorkbookBytes } from './sample/generateSample';
import { WriteError, writeFileAtomic } from './safeWrite';
import { InputFileError } from '../adapters/files/fileKind';
import { productVersion } from './version';
import { terminalSafeText } from '../report/sanitize/terminalText';

export const USAGE = `Использование:
  shnor analyze <file.xlsx>... [--year Y] [--threshold 30] [--procedures default|all|LIST]
                [--small-sample 5] [--settings sheets.json] [--out annotated.xlsx] [--json result.json|-] [--lang ru|en]
                [--rules municipal|same-procedure|bottom-15|bottom-25] [--min-participants N] [--compare RULES]
                [--scales scales.csv|.xlsx|.json] [--report справка.docx] [--curator-load 2] [--force]
  shnor sample <out.xlsx>      записать пример книги (вымышленный район, 2022–2024)
  shnor --version

--rules — набор правил: municipal («Муниципальная», по умолчанию), same-procedure («К2 по одной процедуре»),
  bottom-15 / bottom-25 («Нижние 15 / 25 %» по средней доле «2» за 3 года); --min-participants N — результат с меньшим
  числом участников не считается низким; --compare RULES — какие школы входят в список по одному правилу и не по другому;
  --curator-load N — сколько ШНОР курирует одна школа-куратор (по умолчанию 2).
--force — разрешить --out заменить существующий файл, который не является прежней книгой с результатами ШНОР.
LIST — ключи процедур через «;», например "ВПР|Русский язык|5;ОГЭ|Математика|9".
sheets.json — поправки по листам, как их сохраняет панель надстройки:
  { "Лист": { "excluded": true } , "Другой лист": { "context": { "year": 2024, "kind": "ВПР", "grade": 5 }, "columns": { "C": "share2" } },
    "*": { "schoolMerges": [["Мокрушинская СОШ", "Мокрушинская ООШ"]] } }   — "*": вся книга; пары школ, которые — одна школа
Коды выхода: 0 — успех (предупреждения в stderr), 1 — ошибка в параметрах, 2 — нет пригодных данных.`;

const defaultIO: CliIO = {
  stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  now: () => new Date(),
};

export async function main(argv: readonly string[], rawIO: CliIO = defaultIO): Promise<number> {
  // Everything printed passes the terminal sanitiser: cell text, sheet and file names never reach a terminal raw.
  const io: CliIO = { ...rawIO, stdout: (t) => rawIO.stdout(terminalSafeText(t)), stderr: (t) => rawIO.stderr(terminalSafeText(t)) };
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE);
      return command === undefined ? 1 : 0;
    }
    if (command === '--version') {
      io.stdout(productVersion());
      return 0;
    }
    if (command === 'sample') {
      if (rest.length !== 1) throw new UsageError('укажите один путь для файла примера');
      writeFileAtomic(rest[0], await sampleWorkbookBytes());
      io.stdout(`Пример записан: ${path.resolve(rest[0])}`);
      return 0;
    }
    if (command === 'analyze') {
      if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout(USAGE);
        return 0;
      }
      await runAnalyze(parseAnalyzeArgs(rest), io);
      return 0;
    }
    throw new UsageError(`неизвестная команда «${command}»`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`shnor: ${e.message}\n\n${USAGE}`);
      return 1;
    }
    if (e instanceof DataError || e instanceof WriteError || e instanceof InputFileError) {
      io.stderr(`shnor: ${e.message}`);
      return 2;
    }
    io.stderr(`shnor: непредвиденная ошибка: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
