/**
 * The trend chart's look, scoped under `.cp-trend`. Colours come from VS Code's theme variables;
 * the fallbacks are for the picture seen outside the editor. Six line colours, then they repeat.
 */
export const TREND_CSS = `
.cp-trend { font-family: var(--vscode-font-family, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif); font-size: 12px; }
.cp-trend .background { fill: var(--vscode-editor-background, #ffffff); }
.cp-trend text { fill: var(--vscode-foreground, #1f2328); }
.cp-trend .chart-title { font-size: 15px; font-weight: 600; }
.cp-trend .muted, .cp-trend .tick { fill: var(--vscode-descriptionForeground, #59636e); }
.cp-trend .frame { fill: none; stroke: var(--vscode-descriptionForeground, #59636e); stroke-width: 1; }
.cp-trend .grid { stroke: var(--vscode-editorWidget-border, #d0d7de); stroke-width: 1; stroke-dasharray: 2 3; }
.cp-trend .diagonal { stroke: var(--vscode-descriptionForeground, #59636e); stroke-width: 1; stroke-dasharray: 6 4; opacity: 0.6; }
.cp-trend .today-line { stroke: var(--vscode-charts-blue, #0969da); stroke-width: 1.5; stroke-dasharray: 5 4; }
.cp-trend .today-label { fill: var(--vscode-charts-blue, #0969da); font-weight: 600; }
.cp-trend .series polyline { fill: none; stroke-width: 2; }
.cp-trend .series .point { stroke-width: 2; fill: var(--vscode-editor-background, #ffffff); }
.cp-trend .series .reached { stroke-width: 2; }
.cp-trend .check { fill: var(--vscode-editor-background, #ffffff); font-size: 10px; font-weight: 700; }
.cp-trend .c0 polyline, .cp-trend .c0 .point, .cp-trend .c0 .swatch { stroke: var(--vscode-charts-blue, #0969da); }
.cp-trend .c1 polyline, .cp-trend .c1 .point, .cp-trend .c1 .swatch { stroke: var(--vscode-charts-purple, #8250df); }
.cp-trend .c2 polyline, .cp-trend .c2 .point, .cp-trend .c2 .swatch { stroke: var(--vscode-charts-orange, #bc4c00); }
.cp-trend .c3 polyline, .cp-trend .c3 .point, .cp-trend .c3 .swatch { stroke: var(--vscode-charts-green, #1a7f37); }
.cp-trend .c4 polyline, .cp-trend .c4 .point, .cp-trend .c4 .swatch { stroke: var(--vscode-charts-red, #cf222e); }
.cp-trend .c5 polyline, .cp-trend .c5 .point, .cp-trend .c5 .swatch { stroke: var(--vscode-charts-yellow, #9a6700); }
.cp-trend .swatch { stroke-width: 3; }
.cp-trend .reached { fill: var(--vscode-charts-green, #1a7f37); stroke: var(--vscode-charts-green, #1a7f37); }
.cp-trend .event.review { fill: var(--vscode-charts-yellow, #9a6700); }
.cp-trend .event.closed { fill: var(--vscode-charts-green, #1a7f37); }
.cp-trend .event.reached { fill: var(--vscode-charts-green, #1a7f37); }
`;
