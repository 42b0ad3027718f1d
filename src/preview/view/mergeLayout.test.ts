// Tests that merged areas become table spans and hidden cells, clipped to the drawn area.
import { mergeLayout } from './mergeLayout';

describe('mergeLayout', () => {
  it('anchors a merge at its top-left cell and hides the rest', () => {
    const layout = mergeLayout(['B2:C3'], 10, 10);
    expect(layout.spans.get('1,1')).toEqual({ rowSpan: 2, colSpan: 2 });
    expect([...layout.hidden].sort()).toEqual(['1,2', '2,1', '2,2']);
  });

  it('clips merges at the edge of the drawn area and ignores ones outside it', () => {
    const layout = mergeLayout(['A1:Z1', 'A20:B21'], 5, 3);
    expect(layout.spans.get('0,0')).toEqual({ rowSpan: 1, colSpan: 3 });
    expect(layout.spans.has('19,0')).toBe(false);
    expect(layout.hidden.size).toBe(2);
  });
});
