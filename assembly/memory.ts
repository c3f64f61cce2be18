// Raw, never-freed allocations for data and buffers the host reads as typed-array views.
export function allocF64(n: i32): usize {
  const bytes = <usize>max(n, 1) << 3;
  const p = heap.alloc(bytes);
  memory.fill(p, 0, bytes);
  return p;
}

export function allocI32(n: i32): usize {
  const bytes = <usize>max(n, 1) << 2;
  const p = heap.alloc(bytes);
  memory.fill(p, 0, bytes);
  return p;
}
