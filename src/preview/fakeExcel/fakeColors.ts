// Colour values the fake Excel accepts ("#RRGGBB" or a few names), as Office.js validates them.
import { fakeError } from './fakeErrors';

const NAMED_COLORS: Readonly<Record<string, string>> = {
  black: '#000000', white: '#FFFFFF', red: '#FF0000', green: '#008000', blue: '#0000FF', yellow: '#FFFF00', orange: '#FFA500', gray: '#808080',
};

/** "#RRGGBB" (upper case) from "#rrggbb" or a colour name; InvalidArgument otherwise. */
export function normalizeColor(value: unknown, location: string): string {
  if (typeof value === 'string') {
    if (/^#[0-9a-fA-F]{6}$/.test(value)) return value.toUpperCase();
    const named = NAMED_COLORS[value.toLowerCase()];
    if (named) return named;
  }
  throw fakeError('InvalidArgument', location, `Bad colour "${String(value)}".`);
}
