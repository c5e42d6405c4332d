/** Light fills and strong borders for communities (colour-blind-safe hues, as the types use): canvas and lists. */
export const COMMUNITY_LOOK: readonly (readonly [fill: string, line: string])[] = [
  ['#e8eff7', '#4e79a7'],
  ['#fdeceb', '#c0392b'],
  ['#eaf4e7', '#3b7d32'],
  ['#fdf0e2', '#c06a12'],
  ['#f3ebf2', '#8a5a80'],
  ['#e6f4f3', '#2a8c86'],
  ['#fbf6dd', '#a38a00'],
  ['#f0ece9', '#7a5c47'],
];
