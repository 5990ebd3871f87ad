// The look every recharts drawing shares: axis text, grid lines, margins, size.

export const AXIS_TICK = { fontSize: 12, fill: '#4d5a6a' };
export const GRID_STROKE = '#d5dbe3';
export const MARGIN = { top: 8, right: 16, bottom: 4, left: 4 };

export const chartStyle = (height: number) => ({ width: '100%', height });
