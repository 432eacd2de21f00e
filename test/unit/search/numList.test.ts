import { describe, expect, it } from 'vitest';
import { NumList } from '../../../renderer/core/search/numList';
import { ScorePool } from '../../../renderer/core/search/scorePool';

describe('NumList', () => {
  it('grows past its first room, up to its capacity, and keeps the numbers in order', () => {
    const list = new NumList(1000);
    for (let n = 0; n < 1000; n += 1) list.push(999 - n);
    expect(list.length).toBe(1000);
    expect(list.items.length).toBeLessThanOrEqual(1000);
    expect(Array.from(list.items.subarray(0, 5))).toEqual([999, 998, 997, 996, 995]);
    expect(list.items[999]).toBe(0);
  });

  it('keeps its room when cleared, and a new query sees none of the last one', () => {
    const list = new NumList(500);
    for (let n = 0; n < 300; n += 1) list.push(n);
    const room = list.items;
    list.clear();
    expect(list.length).toBe(0);
    list.push(42);
    expect(list.items).toBe(room);
    expect(Array.from(list.items.subarray(0, list.length))).toEqual([42]);
  });
});

describe('ScorePool with NumList', () => {
  it('hands back vectors and maps cleared, whatever the last query held', () => {
    const pool = new ScorePool(200);
    const vec = pool.acquire();
    const map = pool.acquireMap();
    for (let n = 0; n < 200; n += 3) {
      vec.ids.push(n);
      vec.scores[n] = n + 1;
      map.set(n, n / 2);
    }
    pool.releaseAll();
    const again = pool.acquire();
    const mapAgain = pool.acquireMap();
    expect(again.ids.length).toBe(0);
    expect(again.scores.every((s) => s === 0)).toBe(true);
    expect(mapAgain.size).toBe(0);
    expect(mapAgain.has(3)).toBe(false);
    mapAgain.set(7, 1.5);
    expect(Array.from(mapAgain.nums.items.subarray(0, mapAgain.size))).toEqual([7]);
  });
});
