import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

/** Covers Latin, Cyrillic and CJK with fonts already on the user's machine: nothing is fetched at run time. */
export const fontStack =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif';

/** Deep SCO blue; shade 7 is the primary (white text on it passes AA comfortably). */
const sco: MantineColorsTuple = [
  '#e8f1fa',
  '#d0e1f3',
  '#a4c4e6',
  '#75a5d8',
  '#4d89cb',
  '#3176bf',
  '#1f64ab',
  '#14528f',
  '#0d3f70',
  '#072c52',
];

/** Teal accent, darkened so text in shades 7–9 stays readable on white. */
const scoTeal: MantineColorsTuple = [
  '#e3f7f5',
  '#c4ede8',
  '#8fdcd3',
  '#5fcbbf',
  '#37b5a8',
  '#1f9a8e',
  '#137f75',
  '#0d6a62',
  '#08554f',
  '#04403b',
];

export const theme = createTheme({
  primaryColor: 'sco',
  primaryShade: 7,
  colors: { sco, scoTeal },
  fontFamily: fontStack,
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontFamily: fontStack, fontWeight: '650' },
  defaultRadius: 'sm',
  autoContrast: true,
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    Badge: { defaultProps: { radius: 'sm' } },
    Tooltip: { defaultProps: { multiline: true, maw: 320, withArrow: true } },
  },
});

/** Dimmed text in Mantine's default gray-6 is below AA contrast on white; use gray-7. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Mantine's default error red (red-6) is below AA contrast for the small error texts under fields.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // Text on light (tinted) alerts and badges: Mantine's shade 9 of green and orange is below AA on its own tint.
    '--mantine-color-green-light-color': '#1f5f2c',
    '--mantine-color-orange-light-color': '#8a3c00',
    '--mantine-color-yellow-light-color': '#6b3d00',
  },
  dark: {},
});
