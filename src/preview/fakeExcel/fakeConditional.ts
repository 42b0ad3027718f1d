// Fake Office.js conditional formats: cell value, custom formula, text comparison and colour scales on a range.
import { rectAddress } from './a1';
import type { FakeContext } from './fakeContext';
import { fakeError } from './fakeErrors';
import { CommandResult, FakeProxy } from './fakeProxyBase';
import type { RangeProxy } from './fakeRange';
import { normalizeColor } from './fakeColors';
import { FakeConditionalFormat } from './fakeWorkbook';

const SUPPORTED_TYPES = ['CellValue', 'Custom', 'ColorScale', 'ContainsText'];
const CELL_VALUE_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];
const TEXT_OPERATORS = ['Contains', 'NotContains', 'BeginsWith', 'EndsWith'];
const CRITERION_TYPES = ['LowestValue', 'HighestValue', 'Number', 'Percent', 'Formula', 'Percentile'];

/** Holder shared by a conditional format proxy and its parts, filled when the add command runs. */
interface Slot {
  format?: FakeConditionalFormat;
}

abstract class ConditionalPart extends FakeProxy {
  constructor(
    ctx: FakeContext,
    path: string,
    protected readonly slot: Slot,
    private readonly wanted: FakeConditionalFormat['type'] | undefined,
  ) {
    super(ctx, path);
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  /** The conditional format, checked to be of the kind this part belongs to. */
  protected target(): FakeConditionalFormat {
    const format = this.slot.format;
    if (!format) throw fakeError('ItemNotFound', this.path);
    if (this.wanted && format.type !== this.wanted) throw fakeError('InvalidOperation', this.path, `The conditional format is of type ${format.type}.`);
    return format;
  }
  protected resolve(): void {
    this.target();
  }
  protected change(op: string, value: unknown, apply: (format: FakeConditionalFormat) => void): void {
    this.queue(op, value, (): CommandResult => {
      const format = this.target();
      apply(format);
      return { address: format.range };
    });
  }
}

export class ConditionalFormatCollectionProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx, 'Range.conditionalFormats');
  }
  protected get kind(): string {
    return 'ConditionalFormatCollection';
  }
  protected resolve(): void {
    this.ctx.engine.requireSet('1.6', 'Range.conditionalFormats');
    this.range.target();
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  add(type: string): ConditionalFormatProxy {
    const slot: Slot = {};
    this.queue('add', type, (): CommandResult => {
      if (!SUPPORTED_TYPES.includes(type)) throw fakeError(['DataBar', 'IconSet', 'TopBottom', 'PresetCriteria'].includes(type) ? 'NotImplemented' : 'InvalidArgument', 'ConditionalFormatCollection.add', type);
      const { sheet, rect } = this.range.target();
      this.range.worksheet.editable();
      const format: FakeConditionalFormat = { type: type as FakeConditionalFormat['type'], range: rectAddress(rect), format: {} };
      sheet.conditionalFormats.push(format);
      slot.format = format;
      return { address: format.range };
    });
    return new ConditionalFormatProxy(this.ctx, slot);
  }
}

export class ConditionalFormatProxy extends ConditionalPart {
  constructor(ctx: FakeContext, slot: Slot) {
    super(ctx, 'ConditionalFormat', slot, undefined);
  }
  protected get kind(): string {
    return 'ConditionalFormat';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return { type: () => this.target().type };
  }
  get cellValue(): CellValueConditionalFormatProxy {
    return new CellValueConditionalFormatProxy(this.ctx, this.slot);
  }
  get custom(): CustomConditionalFormatProxy {
    return new CustomConditionalFormatProxy(this.ctx, this.slot);
  }
  get colorScale(): ColorScaleConditionalFormatProxy {
    return new ColorScaleConditionalFormatProxy(this.ctx, this.slot);
  }
  get textComparison(): TextConditionalFormatProxy {
    return new TextConditionalFormatProxy(this.ctx, this.slot);
  }
}

export class ConditionalRangeFormatProxy extends ConditionalPart {
  constructor(ctx: FakeContext, slot: Slot, wanted: FakeConditionalFormat['type']) {
    super(ctx, `ConditionalFormat.${wanted}.format`, slot, wanted);
  }
  protected get kind(): string {
    return 'ConditionalRangeFormat';
  }
  get fill(): { color: string } {
    const set = (color: string): void => this.change('fill.color', color, (f) => (f.format.fill = normalizeColor(color, 'ConditionalRangeFill.color')));
    return {
      set color(value: string) {
        set(value);
      },
      get color(): string {
        throw fakeError('PropertyNotLoaded', 'ConditionalRangeFill.color');
      },
    };
  }
  get font(): { color: string; bold: boolean; italic: boolean } {
    const change = (op: string, value: unknown, apply: (f: FakeConditionalFormat) => void): void => this.change(op, value, apply);
    return {
      set color(value: string) {
        change('font.color', value, (f) => (f.format.fontColor = normalizeColor(value, 'ConditionalRangeFont.color')));
      },
      get color(): string {
        throw fakeError('PropertyNotLoaded', 'ConditionalRangeFont.color');
      },
      set bold(value: boolean) {
        change('font.bold', value, (f) => (f.format.bold = Boolean(value)));
      },
      get bold(): boolean {
        throw fakeError('PropertyNotLoaded', 'ConditionalRangeFont.bold');
      },
      set italic(value: boolean) {
        change('font.italic', value, (f) => (f.format.italic = Boolean(value)));
      },
      get italic(): boolean {
        throw fakeError('PropertyNotLoaded', 'ConditionalRangeFont.italic');
      },
    };
  }
}

function formulaText(value: unknown, location: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw fakeError('InvalidArgument', location, 'A formula is required.');
}

export class CellValueConditionalFormatProxy extends ConditionalPart {
  constructor(ctx: FakeContext, slot: Slot) {
    super(ctx, 'ConditionalFormat.cellValue', slot, 'CellValue');
  }
  protected get kind(): string {
    return 'CellValueConditionalFormat';
  }
  get format(): ConditionalRangeFormatProxy {
    return new ConditionalRangeFormatProxy(this.ctx, this.slot, 'CellValue');
  }
  set rule(value: { formula1: string; formula2?: string; operator: string }) {
    this.change('rule', value, (f) => {
      const operator = value?.operator;
      if (!CELL_VALUE_OPERATORS.includes(operator)) throw fakeError('InvalidArgument', 'CellValueConditionalFormat.rule', `operator ${String(operator)}`);
      const formula1 = formulaText(value.formula1, 'CellValueConditionalFormat.rule');
      const between = operator === 'Between' || operator === 'NotBetween';
      const formula2 = between ? formulaText(value.formula2, 'CellValueConditionalFormat.rule') : undefined;
      f.rule = { operator, formula1, formula2 };
    });
  }
}

export class CustomConditionalFormatProxy extends ConditionalPart {
  constructor(ctx: FakeContext, slot: Slot) {
    super(ctx, 'ConditionalFormat.custom', slot, 'Custom');
  }
  protected get kind(): string {
    return 'CustomConditionalFormat';
  }
  get format(): ConditionalRangeFormatProxy {
    return new ConditionalRangeFormatProxy(this.ctx, this.slot, 'Custom');
  }
  get rule(): { formula: string } {
    const change = (value: string): void =>
      this.change('rule.formula', value, (f) => {
        if (typeof value !== 'string' || !value.startsWith('=')) throw fakeError('InvalidArgument', 'ConditionalFormatRule.formula');
        f.rule = { formula: value };
      });
    return {
      set formula(value: string) {
        change(value);
      },
      get formula(): string {
        throw fakeError('PropertyNotLoaded', 'ConditionalFormatRule.formula');
      },
    };
  }
}

export class TextConditionalFormatProxy extends ConditionalPart {
  constructor(ctx: FakeContext, slot: Slot) {
    super(ctx, 'ConditionalFormat.textComparison', slot, 'ContainsText');
  }
  protected get kind(): string {
    return 'TextConditionalFormat';
  }
  get format(): ConditionalRangeFormatProxy {
    return new ConditionalRangeFormatProxy(this.ctx, this.slot, 'ContainsText');
  }
  set rule(value: { operator: string; text: string }) {
    this.change('rule', value, (f) => {
      if (!TEXT_OPERATORS.includes(value?.operator) || typeof value.text !== 'string') throw fakeError('InvalidArgument', 'TextConditionalFormat.rule');
      f.rule = { operator: value.operator, text: value.text };
    });
  }
}

type Criterion = { type: string; formula?: string | null; color?: string };

function checkCriterion(value: Criterion | undefined, location: string): Criterion | undefined {
  if (value === undefined) return undefined;
  if (!CRITERION_TYPES.includes(value.type)) throw fakeError('InvalidArgument', location, `type ${String(value.type)}`);
  const needsFormula = value.type !== 'LowestValue' && value.type !== 'HighestValue';
  if (needsFormula && (value.formula === undefined || value.formula === null || value.formula === '')) throw fakeError('InvalidArgument', location, 'formula');
  return { type: value.type, formula: needsFormula ? value.formula : null, color: value.color === undefined ? undefined : normalizeColor(value.color, location) };
}

export class ColorScaleConditionalFormatProxy extends ConditionalPart {
  constructor(ctx: FakeContext, slot: Slot) {
    super(ctx, 'ConditionalFormat.colorScale', slot, 'ColorScale');
  }
  protected get kind(): string {
    return 'ColorScaleConditionalFormat';
  }
  set criteria(value: { minimum?: Criterion; midpoint?: Criterion; maximum?: Criterion }) {
    this.change('criteria', value, (f) => {
      const location = 'ColorScaleConditionalFormat.criteria';
      if (!value?.minimum || !value.maximum) throw fakeError('InvalidArgument', location, 'minimum and maximum are required');
      f.criteria = { minimum: checkCriterion(value.minimum, location), midpoint: checkCriterion(value.midpoint, location), maximum: checkCriterion(value.maximum, location) };
    });
  }
}
