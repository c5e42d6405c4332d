/**
 * Where the active option goes for a navigation key (ARIA combobox: arrows move, Home/End jump while the list
 * is shown); null for keys that do not move it.
 */
export function nextActiveOption(
  key: string,
  active: number,
  lastOption: number,
  listShown: boolean,
): number | null {
  const last = Math.max(lastOption, 0);
  switch (key) {
    case 'ArrowDown':
      return Math.min(active + 1, last);
    case 'ArrowUp':
      return Math.max(active - 1, 0);
    case 'Home':
      return listShown ? 0 : null;
    case 'End':
      return listShown ? last : null;
    default:
      return null;
  }
}
