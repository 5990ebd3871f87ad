import { describe, expect, it } from 'vitest';
import { memoryTrend, perMinute, slope, type MemorySample } from './memory-trend.ts';

/** One sample a second for `seconds`, RSS and heap given as functions of the time. */
const samplesOf = (seconds: number, rss: (t: number) => number, heap: (t: number) => number): MemorySample[] =>
  Array.from({ length: seconds }, (_, t) => ({ t, rssMB: rss(t), heapMB: heap(t) }));

describe('memoryTrend', () => {
  it('should give the growth in MB per minute after the settling minute when memory grows steadily', () => {
    // Arrange: a jump while warming up, then 2 MB/min of RSS and 0.5 MB/min of heap.
    const samples = samplesOf(300, (t) => (t < 60 ? 100 + t : 200 + (2 * t) / 60), (t) => 50 + (0.5 * t) / 60);

    // Act
    const trend = memoryTrend(samples, 300, { heapBeforeMB: 40, heapAfterMB: 41, rssAfterMB: 190 });

    // Assert
    expect(trend.settleSeconds).toBe(60);
    expect(trend.rssSlopeMBPerMinute).toBeCloseTo(2, 5);
    expect(trend.heapSlopeMBPerMinute).toBeCloseTo(0.5, 5);
    expect(trend.perMinute.map((minute) => minute.minute)).toEqual([1, 2, 3, 4, 5]);
    expect(trend.heapAfterGcAfterMB).toBe(41);
  });

  it('should find a flat trend when memory only saw-tooths around a level', () => {
    // Arrange
    const samples = samplesOf(300, () => 180, (t) => 60 + (t % 10));

    // Act
    const trend = memoryTrend(samples, 300, { heapBeforeMB: null, heapAfterMB: null, rssAfterMB: null });

    // Assert
    expect(Math.abs(trend.rssSlopeMBPerMinute)).toBe(0);
    expect(Math.abs(trend.heapSlopeMBPerMinute)).toBeLessThan(0.25);
  });
});

describe('perMinute', () => {
  it('should give the mean and maximum of each started minute', () => {
    // Act
    const minutes = perMinute([
      { t: 0, rssMB: 100, heapMB: 10 },
      { t: 59, rssMB: 110, heapMB: 30 },
      { t: 61, rssMB: 120, heapMB: 20 },
    ]);

    // Assert
    expect(minutes).toEqual([
      { minute: 1, rssMeanMB: 105, rssMaxMB: 110, heapMeanMB: 20, heapMaxMB: 30 },
      { minute: 2, rssMeanMB: 120, rssMaxMB: 120, heapMeanMB: 20, heapMaxMB: 20 },
    ]);
  });
});

describe('slope', () => {
  it('should be NaN when there are fewer than two points', () => {
    expect(slope([{ x: 1, y: 1 }])).toBeNaN();
  });
});
