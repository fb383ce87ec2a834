/** Plain words for figures. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

export function modularityWords(q: number): string {
  if (q >= 0.4) return 'clear clusters';
  if (q >= 0.3) return 'some clustering';
  return 'loosely grouped';
}

export function listNames(names: string[], max = 3): string {
  if (names.length <= max) return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
