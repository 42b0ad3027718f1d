// The Правила tab's objectivity part: every marker labelled with its origin, on/off and α reach the rules.
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { DEFAULT_RULES, procedureOptions } from '../../src/taskpane/controller/rules';
import { RulesPanel } from '../../src/taskpane/components/RulesPanel';

describe('RulesPanel: objectivity markers', () => {
  it('labels each marker «ФИОКО 2019» or «методика программы» and switches one off', () => {
    const onChange = jest.fn();
    render(<FluentProvider theme={webLightTheme}>
      <RulesPanel rules={DEFAULT_RULES} procedureOptions={procedureOptions(undefined, DEFAULT_RULES.procedures)} years={[2024]} onChange={onChange} onReset={jest.fn()} />
    </FluentProvider>);
    expect((screen.getByLabelText('P5 избыток «5» (ФИОКО 2019)') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('P8 редкие совпадения (методика программы)') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('P6a понизили выше региона (ФИОКО 2019)'));
    expect(onChange).toHaveBeenLastCalledWith({ objectivityMarkers: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6b', 'P7', 'P8'] });
    fireEvent.change(screen.getByLabelText('Уровень значимости α'), { target: { value: '0,05' } });
    fireEvent.blur(screen.getByLabelText('Уровень значимости α'));
    expect(onChange).toHaveBeenLastCalledWith({ objectivityAlpha: 0.05 });
  });
});
