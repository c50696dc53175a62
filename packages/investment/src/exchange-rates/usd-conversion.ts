/** An amount in US dollars, to the cent (half away from zero, as PostgreSQL's round does). */
export function usdAmountOf(options: { amount: number; unitsPerUsd: number }): number {
  const usd = options.amount / options.unitsPerUsd;
  return (Math.sign(usd) * Math.round(Math.abs(usd) * 100)) / 100;
}

/** The day whose rate a project's figures use: its submission day, or for a draft the day it was last saved. */
export const fxBasisDateOf = (options: { submittedAt: Date | null; updatedAt: Date }): string =>
  (options.submittedAt ?? options.updatedAt).toISOString().slice(0, 10);
