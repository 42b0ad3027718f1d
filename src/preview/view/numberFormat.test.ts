// Tests the preview's Excel-style display of numbers by format (Russian comma, %, sections, dates).
import { displayValue, generalNumber } from './numberFormat';

describe('displayValue', () => {
  it('shows empty cells, text and booleans as Excel (ru) does', () => {
    expect(displayValue(null, '0.0')).toBe('');
    expect(displayValue('=SUM(A1)', '0.0')).toBe('=SUM(A1)');
    expect(displayValue(true)).toBe('ИСТИНА');
    expect(displayValue(false)).toBe('ЛОЖЬ');
  });

  it('uses the general format with a decimal comma when there is no format', () => {
    expect(displayValue(30)).toBe('30');
    expect(displayValue(27.5, 'General')).toBe('27,5');
    expect(generalNumber(1 / 3)).toBe('0,3333333333');
  });

  it('rounds to the decimals of the format, half away from zero', () => {
    expect(displayValue(33.333, '0.0')).toBe('33,3');
    expect(displayValue(2.675, '0.00')).toBe('2,68');
    expect(displayValue(-2.25, '0.0')).toBe('-2,3');
    expect(displayValue(12.5, '0')).toBe('13');
    expect(displayValue(7, '0.0')).toBe('7,0');
  });

  it('scales percent formats by 100', () => {
    expect(displayValue(0.275, '0.0%')).toBe('27,5%');
    expect(displayValue(0.3, '0%')).toBe('30%');
  });

  it('picks the positive, negative and zero sections', () => {
    const fmt = '+0.0;-0.0;0';
    expect(displayValue(3.24, fmt)).toBe('+3,2');
    expect(displayValue(-3.26, fmt)).toBe('-3,3');
    expect(displayValue(0, fmt)).toBe('0');
  });

  it('keeps quoted literals, drops colours and groups thousands', () => {
    expect(displayValue(5, '0" п.п."')).toBe('5 п.п.');
    expect(displayValue(-4, '[Red]0;[Blue]-0')).toBe('-4');
    expect(displayValue(1234567.8, '#,##0.0')).toBe('1\u00a0234\u00a0567,8');
  });

  it('shows date serials by date formats', () => {
    // 45619 = 23.11.2024 in the 1900 date system; .4375 = 10:30.
    expect(displayValue(45619, 'dd.mm.yyyy')).toBe('23.11.2024');
    expect(displayValue(45619.4375, 'dd.mm.yyyy hh:mm')).toBe('23.11.2024 10:30');
  });
});
