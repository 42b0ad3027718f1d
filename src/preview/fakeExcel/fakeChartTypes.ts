// The chart types the fake Excel accepts (Excel.ChartType names).
export const CHART_TYPES = [
  'ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100',
  'Line', 'LineMarkers', 'LineStacked', 'LineMarkersStacked', 'Pie', 'Doughnut', 'Area', 'AreaStacked', 'XYScatter', 'XYScatterLines', 'XYScatterLinesNoMarkers', 'XYScatterSmooth', 'XYScatterSmoothNoMarkers',
];
