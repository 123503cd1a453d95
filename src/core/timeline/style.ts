/**
 * The timeline's look, scoped under `.cp-timeline` so it can sit in a bigger page (the Markdown
 * preview) without styling anything else. Colours come from VS Code's theme variables; the
 * fallbacks are for the picture seen outside the editor, in a README or a browser.
 */
export const TIMELINE_CSS = `
.cp-timeline { font-family: var(--vscode-font-family, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif); font-size: 13px; }
.cp-timeline .background { fill: var(--vscode-editor-background, #ffffff); }
.cp-timeline text { fill: var(--vscode-foreground, #1f2328); }
.cp-timeline .goal-line { font-size: 15px; font-weight: 600; }
.cp-timeline .muted, .cp-timeline .status, .cp-timeline .tick { fill: var(--vscode-descriptionForeground, #59636e); }
.cp-timeline .status, .cp-timeline .gap, .cp-timeline .tick, .cp-timeline .summary { font-size: 12px; }
.cp-timeline .axis { stroke: var(--vscode-descriptionForeground, #59636e); stroke-width: 2; }
.cp-timeline .tick-mark { stroke: var(--vscode-descriptionForeground, #59636e); }
.cp-timeline .today-line { stroke: var(--vscode-charts-blue, #0969da); stroke-width: 1.5; stroke-dasharray: 5 4; }
.cp-timeline .today-label { fill: var(--vscode-charts-blue, #0969da); font-weight: 600; font-size: 12px; }
.cp-timeline .marker { stroke-width: 2; fill: var(--vscode-editor-background, #ffffff); }
.cp-timeline .step .marker { stroke: var(--vscode-charts-blue, #0969da); }
.cp-timeline .goal .marker { stroke: var(--vscode-charts-purple, #8250df); }
.cp-timeline .moment .marker { stroke: var(--vscode-charts-orange, #bc4c00); fill: var(--vscode-charts-orange, #bc4c00); }
.cp-timeline .review .marker { stroke: var(--vscode-charts-yellow, #9a6700); fill: var(--vscode-charts-yellow, #9a6700); }
.cp-timeline .goal .core { fill: var(--vscode-charts-purple, #8250df); }
.cp-timeline .done .marker { stroke: var(--vscode-charts-green, #1a7f37); fill: var(--vscode-charts-green, #1a7f37); }
.cp-timeline .overdue .marker { stroke: var(--vscode-charts-red, #cf222e); fill: var(--vscode-charts-red, #cf222e); }
.cp-timeline .overdue .status { fill: var(--vscode-charts-red, #cf222e); }
.cp-timeline .past .marker { opacity: 0.55; }
.cp-timeline .undated .marker { stroke-dasharray: 3 2; fill: var(--vscode-editor-background, #ffffff); }
.cp-timeline .badge { fill: var(--vscode-editor-background, #ffffff); font-size: 11px; font-weight: 700; }
.cp-timeline .gap.closed { text-decoration: line-through; fill: var(--vscode-charts-green, #1a7f37); }
.cp-timeline .step.done .status, .cp-timeline .goal.done .status { fill: var(--vscode-charts-green, #1a7f37); font-weight: 600; }
.cp-timeline .hit { fill: transparent; }
.cp-timeline .focus-ring { fill: none; stroke: var(--vscode-focusBorder, #0969da); stroke-width: 2; visibility: hidden; }
.cp-timeline .milestone[tabindex] { cursor: pointer; outline: none; }
.cp-timeline .milestone[tabindex]:hover .heading { text-decoration: underline; }
.cp-timeline .milestone:focus .focus-ring, .cp-timeline .milestone:focus-visible .focus-ring { visibility: visible; }
`;
