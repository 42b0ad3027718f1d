// Issue 21 (C2): the pane shows invisible format characters in names, so two schools that print alike are told apart.
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PossibleDuplicates } from '../../src/taskpane/components/PossibleDuplicates';

describe('names in the pane', () => {
  it('a zero-width space and a right-to-left override are shown, not hidden', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <PossibleDuplicates
          duplicates={[{ names: ['Лес\u200Bная СОШ', 'Лесная СОШ'], keys: ['a', 'b'] }]}
          merged={[['Лесная СОШ', 'Лесная\u202e СОШ']]}
          onMerge={() => undefined}
          onUnmerge={() => undefined}
        />
      </FluentProvider>,
    );
    expect(screen.getByText('«Лес⟦U+200B⟧ная СОШ» и «Лесная СОШ»')).toBeTruthy();
    expect(screen.getByText('«Лесная⟦U+202E⟧ СОШ» учитывается как «Лесная СОШ»')).toBeTruthy();
  });
});
