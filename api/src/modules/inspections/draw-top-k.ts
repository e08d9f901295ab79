// The selection both steps of a 双随机 draw use (draw.ts): the `count` largest keys, best first.

/**
 * Indices of the `count` largest keys, best first; equal keys go to the smaller name.
 * A min-heap of size `count` keeps the selection O(n log count) instead of sorting everything.
 */
export function topK(keys: Float64Array, names: string[], count: number): number[] {
  // `a` ranks below `b` (is worse).
  const worse = (a: number, b: number) =>
    keys[a]! < keys[b]! || (keys[a] === keys[b] && names[a]! > names[b]!);
  const heap: number[] = [];
  const siftUp = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < heap.length && worse(heap[l]!, heap[min]!)) min = l;
      if (r < heap.length && worse(heap[r]!, heap[min]!)) min = r;
      if (min === i) return;
      [heap[i], heap[min]] = [heap[min]!, heap[i]!];
      i = min;
    }
  };
  for (let i = 0; i < keys.length; i++) {
    if (heap.length < count) {
      heap.push(i);
      siftUp(heap.length - 1);
    } else if (count > 0 && worse(heap[0]!, i)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
