// Light or dark task pane, following the Office theme's body background colour.

/** 'dark' when the colour ("#RRGGBB" or "#RGB") is dark by relative luminance; 'light' otherwise or when unknown. */
export function themeFromBackground(color: string | undefined): 'light' | 'dark' {
  const hex = (color ?? '').trim().replace(/^#/, '');
  const full = hex.length === 3 ? hex.split('').map((c) => c + c).join('') : hex;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2 ? 'dark' : 'light';
}
