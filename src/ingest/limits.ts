// Bounds every reader keeps, whatever a sheet declares.

/** Cells a sheet's grid may span (rows × columns): 1 000 000 pupil rows × 16 columns fit, a stray XFD1048576 does not. */
export const GRID_CELL_BUDGET = 16_000_000;
